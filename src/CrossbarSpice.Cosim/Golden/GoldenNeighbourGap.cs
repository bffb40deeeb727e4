using System.Globalization;

namespace CrossbarSpice.Cosim.Golden;

/// <summary>
/// Two neighbouring levels of a golden case (adjacent in the case's fidelity order, e.g. characterised and spice) and
/// how far apart their recorded outputs are. The gap is what makes the case able to fail: were one level to return its
/// neighbour's values, the element where they differ most would miss its recorded value by <see cref="MaxVolts"/>
/// less the neighbour's own drift (at most its tolerance), so the pair is guarded when that still exceeds the level's
/// tolerance, i.e. when <see cref="MaxVolts"/> exceeds the sum of both tolerances (<see cref="Margin"/> above 1; the
/// cases ask for <see cref="GoldenGuard.MinimumMargin"/>).
/// </summary>
/// <param name="Lower">The lower-fidelity level's name.</param>
/// <param name="Upper">The higher-fidelity level's name.</param>
/// <param name="MaxVolts">Largest |upper − lower| over the outputs recorded at both levels, V.</param>
/// <param name="MinVolts">Smallest such |Δ|, V (for the record: elements where the levels agree cannot catch a swap).</param>
/// <param name="Sample">Sample of the element with the largest |Δ|.</param>
/// <param name="Output">Output index of that element.</param>
/// <param name="LowerToleranceVolts">The lower level's tolerance, V.</param>
/// <param name="UpperToleranceVolts">The upper level's tolerance, V.</param>
/// <param name="Waiver">
/// Why the case accepts that these two levels cannot be told apart (case.json <c>indistinguishable</c>; e.g. ideal wires
/// make wired equal mapped by construction); null when the pair must be guarded.
/// </param>
public sealed record GoldenNeighbourGap(
    string Lower,
    string Upper,
    double MaxVolts,
    double MinVolts,
    int Sample,
    int Output,
    double LowerToleranceVolts,
    double UpperToleranceVolts,
    string? Waiver)
{
    /// <summary>
    /// <see cref="MaxVolts"/> over the sum of both tolerances: above 1, a level returning its neighbour's values fails
    /// at (<see cref="Sample"/>, <see cref="Output"/>) even when the neighbour has drifted within its own tolerance.
    /// </summary>
    public double Margin
    {
        get
        {
            var tolerances = LowerToleranceVolts + UpperToleranceVolts;
            return tolerances > 0 ? MaxVolts / tolerances : MaxVolts > 0 ? double.PositiveInfinity : 0;
        }
    }

    /// <summary>True when <see cref="Margin"/> reaches <see cref="GoldenGuard.MinimumMargin"/>.</summary>
    public bool Guarded => Margin >= GoldenGuard.MinimumMargin;

    /// <summary>The pair as case.json's <c>indistinguishable</c> names it: lower/upper.</summary>
    public string Pair => $"{Lower}/{Upper}";

    /// <summary>One line: the pair, its gap (max and min), both tolerances, the margin and the verdict.</summary>
    public string Describe()
    {
        var verdict = Waiver is not null
            ? $"not guarded, accepted: {Waiver}"
            : Guarded ? "guarded" : $"NOT GUARDED (margin below {Format(GoldenGuard.MinimumMargin)}x)";
        return $"{Lower + " <-> " + Upper,-28} gap {GoldenRunner.Volts(MaxVolts)} at sample {Sample} output {Output} (min {GoldenRunner.Volts(MinVolts)}); "
            + $"tolerances {GoldenRunner.Volts(LowerToleranceVolts)} + {GoldenRunner.Volts(UpperToleranceVolts)}; margin {Format(Margin)}x: {verdict}";
    }

    private static string Format(double value) => double.IsPositiveInfinity(value) ? "inf" : value.ToString("G3", CultureInfo.InvariantCulture);
}
