namespace CrossbarSpice.Cosim.Timing;

/// <summary>
/// Settling of one waveform after a step: the last time it is outside a band of ±band volts around its final value
/// (the value at the end of the window), measured from the step. The crossing is interpolated linearly between the
/// last point outside the band and the next one, so the result does not snap to ngspice's time points.
/// </summary>
public static class SettleTime
{
    /// <summary>
    /// Seconds from <paramref name="times"/>[<paramref name="first"/>] (the step) until <paramref name="volts"/> stays
    /// within ±<paramref name="bandVolts"/> of its value at index <paramref name="last"/> up to that index; 0 when it
    /// never leaves the band.
    /// </summary>
    /// <param name="times">Time points, s, non-decreasing.</param>
    /// <param name="volts">The waveform at those points, V.</param>
    /// <param name="first">Index of the step (the window's start).</param>
    /// <param name="last">Index of the window's last point (its value is the final value).</param>
    /// <param name="bandVolts">Half-width of the band, V, &gt; 0.</param>
    /// <exception cref="ArgumentException">A bad window or band.</exception>
    public static double Seconds(IReadOnlyList<double> times, IReadOnlyList<double> volts, int first, int last, double bandVolts) =>
        Seconds(times, volts, first, last, bandVolts, null);

    /// <summary>
    /// As <see cref="Seconds(IReadOnlyList{double}, IReadOnlyList{double}, int, int, double)"/> with the band around
    /// <paramref name="finalVolts"/> (e.g. the circuit's DC operating point for the lane's inputs) instead of the
    /// window's last value; when the last point is itself outside that band the result is the window's length.
    /// </summary>
    /// <param name="times">Time points, s, non-decreasing.</param>
    /// <param name="volts">The waveform at those points, V.</param>
    /// <param name="first">Index of the step (the window's start).</param>
    /// <param name="last">Index of the window's last point.</param>
    /// <param name="bandVolts">Half-width of the band, V, &gt; 0.</param>
    /// <param name="finalVolts">The value the band is around, V; null: the value at <paramref name="last"/>.</param>
    /// <exception cref="ArgumentException">A bad window or band.</exception>
    public static double Seconds(IReadOnlyList<double> times, IReadOnlyList<double> volts, int first, int last, double bandVolts, double? finalVolts)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(volts);
        if (first < 0 || last < first || last >= times.Count || last >= volts.Count)
        {
            throw new ArgumentException($"window {first}..{last} is outside the {times.Count} time points", nameof(last));
        }

        if (!(bandVolts > 0) || !double.IsFinite(bandVolts))
        {
            throw new ArgumentException("the band is a finite voltage > 0", nameof(bandVolts));
        }

        var final = finalVolts ?? volts[last];
        if (Math.Abs(volts[last] - final) > bandVolts)
        {
            return times[last] - times[first];
        }

        for (var k = last - 1; k >= first; k--)
        {
            var d = volts[k] - final;
            if (Math.Abs(d) <= bandVolts)
            {
                continue;
            }

            // Point k is the last one outside the band: the waveform enters it between k and k + 1.
            var next = volts[k + 1] - final;
            var target = Math.Sign(d) * bandVolts;
            var fraction = d == next ? 1.0 : Math.Clamp((d - target) / (d - next), 0.0, 1.0);
            return times[k] + (fraction * (times[k + 1] - times[k])) - times[first];
        }

        return 0.0;
    }
}
