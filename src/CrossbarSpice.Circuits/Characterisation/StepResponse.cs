namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>Settling of a transient step: the output's last excursion outside a band around its final value.</summary>
public static class StepResponse
{
    /// <summary>Relative settling band: 1 % of the output step.</summary>
    public const double Band = 0.01;

    /// <summary>Smallest band, V (0.1 mV), for steps too small for a relative band.</summary>
    public const double MinimumBandVolts = 1e-4;

    /// <summary>
    /// Time after <paramref name="edge"/> (s) from which the output stays within max(1 % of |final − initial|, 0.1 mV)
    /// of its final value; initial is the output at the edge, final the last point.
    /// </summary>
    public static double SettlingSeconds(IReadOnlyList<double> time, IReadOnlyList<double> output, double edge)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(output);
        var final = output[^1];
        var startIndex = 0;
        while (startIndex + 1 < time.Count && time[startIndex + 1] <= edge)
        {
            startIndex++;
        }

        var band = Math.Max(Band * Math.Abs(final - output[startIndex]), MinimumBandVolts);
        for (var k = time.Count - 1; k >= startIndex; k--)
        {
            if (Math.Abs(output[k] - final) > band)
            {
                return Math.Max(0, (k + 1 < time.Count ? time[k + 1] : time[k]) - edge);
            }
        }

        return 0;
    }
}
