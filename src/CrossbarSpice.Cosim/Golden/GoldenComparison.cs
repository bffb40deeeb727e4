using System.Globalization;
using System.Text;
using CrossbarSpice.Cosim.Levels;

namespace CrossbarSpice.Cosim.Golden;

/// <summary>The result of checking one golden case: the largest deviation per level, every violation, and how far apart the recorded levels are.</summary>
/// <param name="Case">Case name.</param>
/// <param name="Levels">Per level: its tolerance and the largest |Δ| found.</param>
/// <param name="Violations">Human-readable lines, one per output out of tolerance or class changed (empty: pass).</param>
/// <param name="Gaps">The recorded gap and margin of each pair of neighbouring levels (what makes the tolerances able to catch a swap).</param>
public sealed record GoldenComparison(
    string Case,
    IReadOnlyList<(string Level, double ToleranceVolts, double MaxDeltaVolts)> Levels,
    IReadOnlyList<string> Violations,
    IReadOnlyList<GoldenNeighbourGap> Gaps)
{
    /// <summary>True when every output is within tolerance and every class unchanged.</summary>
    public bool Passed => Violations.Count == 0;

    /// <summary>The readable report: one line per level, the neighbour gaps with their margins, then the violations (at most 20 shown).</summary>
    public string Describe()
    {
        var text = new StringBuilder($"golden {Case}: {(Passed ? "pass" : "FAIL")}\n");
        foreach (var (level, tolerance, max) in Levels)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {level,-14} max |Δ| {GoldenRunner.Volts(max)}  (tolerance {GoldenRunner.Volts(tolerance)}){(max > tolerance ? "  <-- out of tolerance" : string.Empty)}\n");
        }

        if (Gaps.Count > 0)
        {
            text.Append("  neighbouring levels (recorded; a level returning its neighbour's values fails where the gap exceeds both tolerances):\n");
            foreach (var gap in Gaps)
            {
                text.Append("    ").Append(gap.Describe()).Append('\n');
            }
        }

        foreach (var line in Violations.Take(20))
        {
            text.Append("  ").Append(line).Append('\n');
        }

        if (Violations.Count > 20)
        {
            text.Append(CultureInfo.InvariantCulture, $"  … {Violations.Count - 20} more\n");
        }

        return text.ToString();
    }

    /// <summary>Compares <paramref name="actual"/> with <paramref name="expected"/> under <paramref name="golden"/>'s tolerances.</summary>
    /// <param name="name">Case name.</param>
    /// <param name="golden">The case.</param>
    /// <param name="path">Its case.json, for errors.</param>
    /// <param name="expected">The recorded outputs.</param>
    /// <param name="actual">The outputs computed now.</param>
    /// <exception cref="Core.Diagnostics.InputException">A malformed level name or waiver in the case.</exception>
    public static GoldenComparison Compare(string name, GoldenCase golden, string path, GoldenOutputs expected, GoldenOutputs actual)
    {
        var violations = new List<string>();
        var recorded = expected.Rows.ToDictionary(r => (r.Level, r.Sample, r.Output));
        var levels = new List<(string, double, double)>();
        var tolerances = golden.TolerancesByLevel(path);
        foreach (var level in golden.Levels(path).Select(CosimLevels.Name))
        {
            var tolerance = tolerances[level];
            var max = 0.0;
            foreach (var row in actual.Rows.Where(r => r.Level == level))
            {
                if (!recorded.TryGetValue((row.Level, row.Sample, row.Output), out var old))
                {
                    violations.Add($"{level} sample {row.Sample} output {row.Output}: not in outputs.csv (run ./crossbar golden update after checking why)");
                    continue;
                }

                var delta = Math.Abs(row.Volts - old.Volts);
                max = Math.Max(max, delta);
                if (delta > tolerance)
                {
                    violations.Add($"{level} sample {row.Sample} output {row.Output}: {GoldenRunner.Volts(row.Volts)} now, {GoldenRunner.Volts(old.Volts)} recorded (|Δ| {GoldenRunner.Volts(delta)})");
                }

                if (row.Output == 0 && row.Predicted != old.Predicted)
                {
                    violations.Add($"{level} sample {row.Sample}: class {row.Predicted} now, {old.Predicted} recorded");
                }
            }

            if (!expected.Rows.Any(r => r.Level == level))
            {
                violations.Add($"{level}: no recorded outputs");
            }

            var computed = actual.Rows.Where(r => r.Level == level).Select(r => (r.Sample, r.Output)).ToHashSet();
            violations.AddRange(expected.Rows.Where(r => r.Level == level && !computed.Contains((r.Sample, r.Output)))
                .Select(r => $"{level} sample {r.Sample} output {r.Output}: recorded but not computed now"));

            levels.Add((level, tolerance, max));
        }

        return new GoldenComparison(name, levels, violations, GoldenGuard.Gaps(golden, path, expected));
    }
}
