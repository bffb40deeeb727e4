namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>The statistics of a finished sweep: per series and value over the seeds, and the software accuracy.</summary>
/// <param name="Spec">The sweep.</param>
/// <param name="Points">Series by series in the spec's order, values in the spec's order.</param>
/// <param name="SoftwareAccuracy">Accuracy of the software network (ideal level) on the same samples, in [0, 1].</param>
public sealed record SweepSummary(SweepSpec Spec, IReadOnlyList<SweepPoint> Points, double SoftwareAccuracy)
{
    /// <summary>Summarises <paramref name="results"/>, which must hold every unit of <paramref name="spec"/>.</summary>
    /// <exception cref="ArgumentException">A unit is missing.</exception>
    public static SweepSummary Of(SweepSpec spec, IReadOnlyList<SweepUnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(results);
        var byIndex = results.ToDictionary(r => r.Unit.Index);
        var units = spec.Units();
        if (units.Any(u => !byIndex.ContainsKey(u.Index)))
        {
            throw new ArgumentException("the sweep is not complete", nameof(results));
        }

        var points = units.Where(u => !u.IsSoftware)
            .GroupBy(u => (u.Series, u.Value))
            .Select(g =>
            {
                var accuracies = g.Select(u => byIndex[u.Index].Accuracy).ToArray();
                var mean = accuracies.Average();
                var std = accuracies.Length < 2 ? 0.0 : Math.Sqrt(accuracies.Sum(a => (a - mean) * (a - mean)) / (accuracies.Length - 1));
                return new SweepPoint(g.Key.Series, g.Key.Value, accuracies.Length, mean, std, accuracies.Min(), accuracies.Max());
            })
            .ToList();
        return new SweepSummary(spec, points, byIndex[0].Accuracy);
    }
}
