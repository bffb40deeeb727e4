using System.Globalization;
using CrossbarSpice.Core.Formatting;
using CsvHelper.Configuration;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>The project's CSV dialect (as Analysis' CsvTable): comma, invariant culture, LF, header row.</summary>
internal static class CosimCsv
{
    /// <summary>CsvHelper settings.</summary>
    public static CsvConfiguration Configuration => CsvDialect.Table;

    /// <summary>Round-trip invariant text of <paramref name="value"/>.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
