namespace CrossbarSpice.Simulation.Arrays.Transient;

/// <summary>
/// The source voltage of one row driver over time: <see cref="InitialVolts"/> before t = 0 (the operating point the
/// run starts from), then piecewise linear through <see cref="Points"/> (held at the first point's value before it and
/// at the last one's after it). A point at t = 0 with a value other than the initial one is an ideal step at t = 0.
/// </summary>
public sealed class RowWaveform
{
    private readonly double[] times;
    private readonly double[] volts;

    /// <summary>Creates a waveform.</summary>
    /// <param name="initialVolts">Source voltage before t = 0, V, finite.</param>
    /// <param name="points">(time s, volts V) pairs, at least one, times ≥ 0 and strictly increasing, all finite.</param>
    /// <exception cref="ArgumentException">No point, a value not finite, or times not increasing from ≥ 0.</exception>
    public RowWaveform(double initialVolts, IReadOnlyList<(double TimeSeconds, double Volts)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!double.IsFinite(initialVolts) || points.Count == 0)
        {
            throw new ArgumentException("a row waveform has a finite initial voltage and at least one point", nameof(points));
        }

        times = new double[points.Count];
        volts = new double[points.Count];
        for (var k = 0; k < points.Count; k++)
        {
            var (t, v) = points[k];
            if (!double.IsFinite(t) || !double.IsFinite(v) || t < 0 || (k > 0 && t <= times[k - 1]))
            {
                throw new ArgumentException(FormattableString.Invariant($"point {k} ({t} s, {v} V): times must be finite, ≥ 0 and strictly increasing, volts finite"), nameof(points));
            }

            times[k] = t;
            volts[k] = v;
        }

        InitialVolts = initialVolts;
    }

    /// <summary>Source voltage before t = 0, V.</summary>
    public double InitialVolts { get; }

    /// <summary>The breakpoints, (s, V).</summary>
    public IEnumerable<(double TimeSeconds, double Volts)> Points => times.Zip(volts);

    /// <summary>Voltage after the waveform's last point, V: what the row settles to.</summary>
    public double FinalVolts => volts[^1];

    /// <summary>A step from <paramref name="before"/> to <paramref name="after"/> at t = 0, with a linear ramp of
    /// <paramref name="riseSeconds"/> (0 = ideal step).</summary>
    /// <exception cref="ArgumentException">A value not finite or a negative rise time.</exception>
    public static RowWaveform Step(double before, double after, double riseSeconds) =>
        riseSeconds < 0 || !double.IsFinite(riseSeconds)
            ? throw new ArgumentException("the rise time is finite and ≥ 0", nameof(riseSeconds))
            : riseSeconds == 0
                ? new RowWaveform(before, [(0.0, after)])
                : new RowWaveform(before, [(0.0, before), (riseSeconds, after)]);

    /// <summary>Voltage at <paramref name="timeSeconds"/> ≥ 0, V (linear between points).</summary>
    public double At(double timeSeconds)
    {
        if (timeSeconds <= times[0])
        {
            return volts[0];
        }

        if (timeSeconds >= times[^1])
        {
            return volts[^1];
        }

        var k = Array.BinarySearch(times, timeSeconds);
        if (k >= 0)
        {
            return volts[k];
        }

        var right = ~k;
        var left = right - 1;
        var fraction = (timeSeconds - times[left]) / (times[right] - times[left]);
        return volts[left] + (fraction * (volts[right] - volts[left]));
    }
}
