using CrossbarSpice.Cosim.Runs;
using System.Globalization;

namespace CrossbarSpice.Cli.Tests.Support;

/// <summary>
/// Golden-file comparison for CSV outputs: expected files live under golden/&lt;verb&gt;/&lt;case&gt;/ and are
/// compared cell by cell, text cells exactly and numbers with |a − e| ≤ max(|a|,|e|)·rel + abs. They are
/// rewritten only when the environment variable CROSSBARSPICE_UPDATE_GOLDEN=1 is set (tools/update-golden.sh).
/// </summary>
internal static class GoldenFile
{
    /// <summary>True when this run rewrites golden files instead of comparing.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("CROSSBARSPICE_UPDATE_GOLDEN") == "1";

    /// <summary>Compares (or, when updating, stores) <paramref name="actualPath"/> against golden/<paramref name="relativePath"/>.</summary>
    public static void AssertCsvMatches(string relativePath, string actualPath, double relative, double absolute)
    {
        var expectedPath = Path.Combine(CliRun.RepositoryRoot, "golden", relativePath);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.Copy(actualPath, expectedPath, overwrite: true);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"golden file {expectedPath} is missing; create it with tools/update-golden.sh");
        var expected = File.ReadAllLines(expectedPath);
        var actual = File.ReadAllLines(actualPath);
        Assert.True(expected.Length == actual.Length, $"{relativePath}: expected {expected.Length} lines, got {actual.Length}");
        var problems = new List<string>();
        for (var line = 0; line < expected.Length && problems.Count < 10; line++)
        {
            var e = expected[line].Split(',');
            var a = actual[line].Split(',');
            if (e.Length != a.Length)
            {
                problems.Add($"line {line + 1}: {e.Length} cells expected, {a.Length} found");
                continue;
            }

            for (var cell = 0; cell < e.Length; cell++)
            {
                if (!Same(e[cell], a[cell], relative, absolute))
                {
                    problems.Add($"line {line + 1}, column {cell + 1}: expected '{e[cell]}', got '{a[cell]}'");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{relativePath} differs from golden (rel {relative}, abs {absolute}):\n{string.Join('\n', problems)}");
    }

    /// <summary>
    /// Compares (or, when updating, stores) every file under <paramref name="actualDirectory"/> with
    /// golden/<paramref name="relativeDirectory"/> byte for byte: same file list, same bytes.
    /// </summary>
    public static void AssertDirectoryIdentical(string relativeDirectory, string actualDirectory)
    {
        var expectedDirectory = Path.Combine(CliRun.RepositoryRoot, "golden", relativeDirectory);
        var actualFiles = Files(actualDirectory);
        if (Updating)
        {
            if (Directory.Exists(expectedDirectory))
            {
                Directory.Delete(expectedDirectory, recursive: true);
            }

            foreach (var file in actualFiles)
            {
                var target = Path.Combine(expectedDirectory, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(actualDirectory, file), target);
            }

            return;
        }

        Assert.True(Directory.Exists(expectedDirectory), $"golden folder {expectedDirectory} is missing; create it with tools/update-golden.sh");
        Assert.Equal(Files(expectedDirectory), actualFiles);
        foreach (var file in actualFiles)
        {
            var expected = File.ReadAllText(Path.Combine(expectedDirectory, file));
            var actual = File.ReadAllText(Path.Combine(actualDirectory, file));
            if (expected != actual)
            {
                var e = expected.Split('\n');
                var a = actual.Split('\n');
                var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
                Assert.Fail($"{relativeDirectory}/{file} differs from golden at line {line + 1}:\n  expected: {(line < e.Length ? e[line] : "(end)")}\n  actual:   {(line < a.Length ? a[line] : "(end)")}");
            }
        }
    }

    private static List<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => f != Provenance.FileName) // machine, paths and commit: never compared (issue 23)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool Same(string expected, string actual, double relative, double absolute)
    {
        if (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) &&
            double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a))
        {
            return Math.Abs(a - e) <= (Math.Max(Math.Abs(a), Math.Abs(e)) * relative) + absolute;
        }

        return expected == actual;
    }
}
