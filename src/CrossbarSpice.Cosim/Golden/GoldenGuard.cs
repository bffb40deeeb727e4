using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Levels;

namespace CrossbarSpice.Cosim.Golden;

/// <summary>
/// Keeps a golden case able to fail: every pair of neighbouring levels must differ (largest |Δ| over the recorded
/// outputs) by at least <see cref="MinimumMargin"/> times the sum of their tolerances, so that a level silently
/// returning its neighbour's values misses its recorded outputs (issue 22). A pair that cannot differ by construction
/// is named with its reason in case.json's <c>indistinguishable</c>, and that waiver must itself be true.
/// </summary>
public static class GoldenGuard
{
    /// <summary>
    /// Gap over the sum of both tolerances a guarded pair needs. Above 1 is enough to catch a swap on the recording the
    /// gap was measured on; the factor two leaves room for the next recording (other code, another machine) to narrow
    /// the gap without the case silently going blind.
    /// </summary>
    public const double MinimumMargin = 2;

    /// <summary>The gap of every pair of neighbouring levels of <paramref name="golden"/> in <paramref name="outputs"/>.</summary>
    /// <param name="golden">The case (its levels, tolerances and waivers).</param>
    /// <param name="path">Its case.json, for errors.</param>
    /// <param name="outputs">Recorded (or freshly computed) outputs.</param>
    /// <exception cref="InputException">A waiver names something other than two neighbouring levels of the case, or gives no reason.</exception>
    public static IReadOnlyList<GoldenNeighbourGap> Gaps(GoldenCase golden, string path, GoldenOutputs outputs)
    {
        var levels = golden.Levels(path).Select(CosimLevels.Name).ToList();
        var tolerances = golden.TolerancesByLevel(path);
        var waivers = Waivers(golden, path, levels);
        var values = outputs.Rows.ToLookup(r => r.Level);
        var gaps = new List<GoldenNeighbourGap>();
        for (var i = 1; i < levels.Count; i++)
        {
            var (lower, upper) = (levels[i - 1], levels[i]);
            var lowerValues = values[lower].ToDictionary(r => (r.Sample, r.Output), r => r.Volts);
            var (max, min, sample, output) = (0.0, double.PositiveInfinity, 0, 0);
            foreach (var row in values[upper].OrderBy(r => r.Sample).ThenBy(r => r.Output))
            {
                if (!lowerValues.TryGetValue((row.Sample, row.Output), out var other))
                {
                    continue;
                }

                var delta = Math.Abs(row.Volts - other);
                min = Math.Min(min, delta);
                if (delta > max)
                {
                    (max, sample, output) = (delta, row.Sample, row.Output);
                }
            }

            gaps.Add(new GoldenNeighbourGap(lower, upper, max, double.IsPositiveInfinity(min) ? 0 : min, sample, output, tolerances[lower], tolerances[upper], waivers.GetValueOrDefault($"{lower}/{upper}")));
        }

        return gaps;
    }

    /// <summary>
    /// Throws unless every pair is guarded or truly waived: an unwaived pair below <see cref="MinimumMargin"/> would let
    /// a level pass with its neighbour's values; a waived pair that reaches it no longer needs the waiver, which would
    /// otherwise hide a check that now works.
    /// </summary>
    /// <exception cref="InputException">Names case.json's <c>toleranceVolts</c> (or <c>indistinguishable</c>) and every offending pair with its gap.</exception>
    public static void Enforce(IReadOnlyList<GoldenNeighbourGap> gaps, string path)
    {
        var blind = gaps.Where(g => g.Waiver is null && !g.Guarded).ToList();
        if (blind.Count > 0)
        {
            throw new InputException(
                new SourceLocation(path, Field: "toleranceVolts"),
                "these tolerances would let a level pass with its neighbour's values (each pair's gap must reach "
                + $"{MinimumMargin} x the sum of its two tolerances; lower them, or if the levels are equal by construction say why under 'indistinguishable'):\n  "
                + string.Join("\n  ", blind.Select(g => g.Describe())));
        }

        var stale = gaps.Where(g => g.Waiver is not null && g.Guarded).ToList();
        if (stale.Count > 0)
        {
            throw new InputException(
                new SourceLocation(path, Field: "indistinguishable"),
                "these levels now differ by more than their tolerances allow, so the waiver hides a working check; remove it:\n  "
                + string.Join("\n  ", stale.Select(g => g.Describe())));
        }
    }

    private static Dictionary<string, string> Waivers(GoldenCase golden, string path, List<string> levels)
    {
        var waivers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (pair, reason) in golden.Indistinguishable ?? new Dictionary<string, string>())
        {
            var names = pair.Split('/');
            var at = names.Length == 2 ? levels.IndexOf(names[0]) : -1;
            if (at < 0 || at + 1 >= levels.Count || levels[at + 1] != names[1])
            {
                throw new InputException(new SourceLocation(path, Field: $"indistinguishable.{pair}"), $"expected two neighbouring levels of this case as lower/upper ({string.Join(", ", levels.Zip(levels.Skip(1), (a, b) => $"{a}/{b}"))})");
            }

            waivers[pair] = string.IsNullOrWhiteSpace(reason)
                ? throw new InputException(new SourceLocation(path, Field: $"indistinguishable.{pair}"), "expected the reason these levels cannot differ")
                : reason;
        }

        return waivers;
    }
}
