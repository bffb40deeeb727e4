namespace CrossbarSpice.Circuits.Devices;

/// <summary>Figures of a simulated I–V loop.</summary>
/// <param name="AmplitudeVolts">Largest |V| reached, V.</param>
/// <param name="MinResistanceOhms">Smallest V/I where |V| ≥ 10 % of the amplitude, Ω.</param>
/// <param name="MaxResistanceOhms">Largest V/I where |V| ≥ 10 % of the amplitude, Ω.</param>
/// <param name="MaxCurrentNearZeroAmperes">Largest |I| where |V| ≤ 1 % of the amplitude, A.</param>
/// <param name="PinchLimitAmperes">What a pinched loop allows there: 1 % of the amplitude over the smallest resistance, ×1.05, A.</param>
/// <param name="StateMin">Smallest state x, or NaN without a state.</param>
/// <param name="StateMax">Largest state x, or NaN without a state.</param>
public sealed record HysteresisLoopSummary(
    double AmplitudeVolts,
    double MinResistanceOhms,
    double MaxResistanceOhms,
    double MaxCurrentNearZeroAmperes,
    double PinchLimitAmperes,
    double StateMin,
    double StateMax)
{
    /// <summary>True when the current vanishes with the voltage (the loop passes through the origin).</summary>
    public bool IsPinched => MaxCurrentNearZeroAmperes <= PinchLimitAmperes;

    /// <summary>Computes the summary from sampled voltage, current and (optionally) state.</summary>
    /// <exception cref="ArgumentException">Lengths differ or there are no samples.</exception>
    public static HysteresisLoopSummary From(IReadOnlyList<double> volts, IReadOnlyList<double> amperes, IReadOnlyList<double>? state)
    {
        ArgumentNullException.ThrowIfNull(volts);
        ArgumentNullException.ThrowIfNull(amperes);
        if (volts.Count == 0 || volts.Count != amperes.Count || (state != null && state.Count != volts.Count))
        {
            throw new ArgumentException("voltage, current and state need the same, non-zero number of samples");
        }

        var amplitude = volts.Max(Math.Abs);
        var rMin = double.PositiveInfinity;
        var rMax = 0.0;
        var nearZero = 0.0;
        for (var k = 0; k < volts.Count; k++)
        {
            var v = Math.Abs(volts[k]);
            var i = Math.Abs(amperes[k]);
            if (v >= 0.1 * amplitude && i > 0)
            {
                rMin = Math.Min(rMin, v / i);
                rMax = Math.Max(rMax, v / i);
            }

            if (v <= 0.01 * amplitude)
            {
                nearZero = Math.Max(nearZero, i);
            }
        }

        return new HysteresisLoopSummary(
            amplitude,
            rMin,
            rMax,
            nearZero,
            0.01 * amplitude / rMin * 1.05,
            state?.Min() ?? double.NaN,
            state?.Max() ?? double.NaN);
    }
}
