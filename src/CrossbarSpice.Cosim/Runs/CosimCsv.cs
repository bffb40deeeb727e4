using System.Globalization;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>Numbers in the cosim tables: round-trip invariant text (the dialect itself is Analysis' <c>CsvTable</c>).</summary>
internal static class CosimCsv
{
    /// <summary>Round-trip invariant text of <paramref name="value"/>.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
