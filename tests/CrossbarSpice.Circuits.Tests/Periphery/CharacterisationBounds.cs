using System.Globalization;

namespace CrossbarSpice.Circuits.Tests.Periphery;

/// <summary>The error bounds of golden/characterize/bounds.csv (hand-written, from docs/circuits.md; never rewritten by tests).</summary>
internal static class CharacterisationBounds
{
    public static IReadOnlyDictionary<string, double> MaxErrorVolts { get; } = Load();

    private static Dictionary<string, double> Load()
    {
        var path = Path.Combine(RepositoryPaths.Root, "golden", "characterize", "bounds.csv");
        return File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => double.Parse(c[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
