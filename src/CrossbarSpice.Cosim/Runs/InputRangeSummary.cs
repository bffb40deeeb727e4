using CrossbarSpice.Cosim.Design;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// The inputs of a run against the DACs' range (<see cref="InputRange"/>) as numbers the run's report shows and a
/// shard records for <c>cosim-merge</c> (every shard counts all samples of the run, so any shard's copy is the run's).
/// </summary>
/// <param name="Values">Input values applied over all samples of the run.</param>
/// <param name="Outside">Values with |x| beyond the full scale.</param>
/// <param name="Worst">The value of largest magnitude, network units.</param>
/// <param name="WorstSample">The sample holding it.</param>
/// <param name="Min">Smallest value, network units.</param>
/// <param name="Max">Largest value, network units.</param>
/// <param name="VoltsPerUnit">The design's input volts per unit, V.</param>
/// <param name="Normalised">Whether the design normalises its inputs before the DACs.</param>
public sealed record InputRangeSummary(long Values, long Outside, double Worst, int WorstSample, double Min, double Max, double VoltsPerUnit, bool Normalised)
{
    /// <summary>Largest |input| a DAC applies, network units (<see cref="InputRange.FullScaleUnits"/>).</summary>
    public static double FullScaleUnits => InputRange.FullScaleUnits;

    /// <summary>The summary of <paramref name="range"/>.</summary>
    public static InputRangeSummary Of(InputRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var (min, max) = range.Values == 0 ? (0.0, 0.0) : range.Span;
        return new InputRangeSummary(range.Values, range.Outside, range.Worst, range.WorstSample, min, max, range.VoltsPerUnit, range.Normalised);
    }
}
