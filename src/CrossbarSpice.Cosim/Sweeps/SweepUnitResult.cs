namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>What one work unit measured.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Correct">Correctly classified samples.</param>
/// <param name="Samples">Samples run.</param>
public sealed record SweepUnitResult(SweepUnit Unit, int Correct, int Samples)
{
    /// <summary>Fraction correct, in [0, 1].</summary>
    public double Accuracy => Samples == 0 ? 0.0 : (double)Correct / Samples;
}
