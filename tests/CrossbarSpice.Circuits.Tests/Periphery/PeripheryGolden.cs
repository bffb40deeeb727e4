using System.Globalization;

namespace CrossbarSpice.Circuits.Tests.Periphery;

/// <summary>
/// Golden CSVs under golden/characterize/: compared cell by cell (numbers |a − e| ≤ max(|a|,|e|)·rel + abs), rewritten
/// only with CROSSBARSPICE_UPDATE_GOLDEN=1 (tools/update-golden.sh).
/// </summary>
internal static class PeripheryGolden
{
    public static void AssertMatches(string relativePath, string actual, double relative, double absolute)
    {
        var path = Path.Combine(RepositoryPaths.Root, "golden", "characterize", relativePath);
        if (Environment.GetEnvironmentVariable("CROSSBARSPICE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; create it with tools/update-golden.sh");
        var expected = File.ReadAllLines(path);
        var lines = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(expected.Length == lines.Length, $"{relativePath}: expected {expected.Length} lines, got {lines.Length}");
        var problems = new List<string>();
        for (var n = 0; n < lines.Length && problems.Count < 10; n++)
        {
            var e = expected[n].Split(',');
            var a = lines[n].Split(',');
            for (var c = 0; c < Math.Max(e.Length, a.Length); c++)
            {
                var ec = c < e.Length ? e[c] : "<none>";
                var ac = c < a.Length ? a[c] : "<none>";
                if (!Same(ec, ac, relative, absolute))
                {
                    problems.Add($"line {n + 1}, column {c + 1}: expected '{ec}', got '{ac}'");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{relativePath} differs from golden (rel {relative}, abs {absolute}):\n{string.Join('\n', problems)}");
    }

    private static bool Same(string e, string a, double rel, double abs) =>
        double.TryParse(e, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            ? Math.Abs(x - y) <= (Math.Max(Math.Abs(x), Math.Abs(y)) * rel) + abs
            : string.Equals(e, a, StringComparison.Ordinal);
}
