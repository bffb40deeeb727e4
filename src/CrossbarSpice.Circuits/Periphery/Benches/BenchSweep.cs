namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>One swept input of a bench's DC transfer.</summary>
/// <param name="Source">Name of the independent source swept (voltage or current).</param>
/// <param name="Start">First value, V or A.</param>
/// <param name="Stop">Last value, V or A.</param>
/// <param name="FineStep">Step of a full characterisation, V or A.</param>
/// <param name="CoarseStep">Step of a quick (test) characterisation, V or A; a multiple of <paramref name="FineStep"/>.</param>
public sealed record BenchSweep(string Source, double Start, double Stop, double FineStep, double CoarseStep)
{
    /// <summary>The step for <paramref name="coarse"/>.</summary>
    public double Step(bool coarse) => coarse ? CoarseStep : FineStep;
}
