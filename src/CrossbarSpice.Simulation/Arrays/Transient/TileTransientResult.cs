namespace CrossbarSpice.Simulation.Arrays.Transient;

/// <summary>
/// A transient run of one tile: the column (readout) currents and the probed node voltages at every time point, and
/// the exact DC answer the run tends to (the rows at their final voltages), against which settling is measured.
/// </summary>
public sealed class TileTransientResult
{
    internal TileTransientResult(
        double[] times,
        double[][] columnAmps,
        double[][] probeVolts,
        double[] steadyColumnAmps,
        int factorisations)
    {
        TimesSeconds = times;
        ColumnAmps = columnAmps;
        ProbeVolts = probeVolts;
        SteadyColumnAmps = steadyColumnAmps;
        Factorisations = factorisations;
    }

    /// <summary>Time points, s; the first is 0 (the operating point before the inputs move).</summary>
    public IReadOnlyList<double> TimesSeconds { get; }

    /// <summary>Column currents, A, [time point][column], positive from the array into the readout.</summary>
    public IReadOnlyList<double[]> ColumnAmps { get; }

    /// <summary>Voltages of <see cref="TileTransientOptions.ProbeNodes"/>, V, [time point][probe].</summary>
    public IReadOnlyList<double[]> ProbeVolts { get; }

    /// <summary>Column currents at DC with every row at its final voltage, A: the values the waveform settles to.</summary>
    public IReadOnlyList<double> SteadyColumnAmps { get; }

    /// <summary>Numeric factorisations done (the DC matrix once, then one per distinct step size).</summary>
    public int Factorisations { get; }

    /// <summary>
    /// Settling time, s: the earliest time point after which every column current stays within
    /// max(<paramref name="relativeTolerance"/>·|final|, <paramref name="absoluteAmps"/>) of its
    /// <see cref="SteadyColumnAmps"/> value up to the end of the run; 0 when it never leaves that band;
    /// <see cref="double.PositiveInfinity"/> when the last point is still outside (the run was too short).
    /// </summary>
    /// <param name="relativeTolerance">Relative band, ≥ 0.</param>
    /// <param name="absoluteAmps">Absolute band, A, ≥ 0; the two may not both be 0.</param>
    /// <exception cref="ArgumentException">A negative or non-finite tolerance, or both 0.</exception>
    public double SettleSeconds(double relativeTolerance, double absoluteAmps)
    {
        if (!(relativeTolerance >= 0) || !(absoluteAmps >= 0) || !double.IsFinite(relativeTolerance) || !double.IsFinite(absoluteAmps)
            || (relativeTolerance == 0 && absoluteAmps == 0))
        {
            throw new ArgumentException("tolerances are finite, ≥ 0 and not both 0", nameof(relativeTolerance));
        }

        var settle = 0.0;
        for (var j = 0; j < SteadyColumnAmps.Count; j++)
        {
            var final = SteadyColumnAmps[j];
            var band = Math.Max(relativeTolerance * Math.Abs(final), absoluteAmps);
            for (var k = ColumnAmps.Count - 1; k >= 0; k--)
            {
                if (Math.Abs(ColumnAmps[k][j] - final) > band)
                {
                    if (k == ColumnAmps.Count - 1)
                    {
                        return double.PositiveInfinity;
                    }

                    settle = Math.Max(settle, TimesSeconds[k + 1]);
                    break;
                }
            }
        }

        return settle;
    }

    /// <summary>
    /// The first moment of column <paramref name="column"/>'s response, s: ∫ (I∞ − I(t)) / (I∞ − I(0)) dt over the run
    /// (trapezoidal sum), I∞ = <see cref="SteadyColumnAmps"/>. For a monotone response to an ideal step this is the
    /// Elmore delay; a ramp of rise time r adds r/2. NaN when the column's current does not move (I∞ = I(0)).
    /// </summary>
    /// <param name="column">Column index.</param>
    /// <exception cref="ArgumentOutOfRangeException">The column is out of range.</exception>
    public double FirstMomentSeconds(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, SteadyColumnAmps.Count);
        var final = SteadyColumnAmps[column];
        var swing = final - ColumnAmps[0][column];
        if (swing == 0)
        {
            return double.NaN;
        }

        var moment = 0.0;
        for (var k = 1; k < TimesSeconds.Count; k++)
        {
            var left = (final - ColumnAmps[k - 1][column]) / swing;
            var right = (final - ColumnAmps[k][column]) / swing;
            moment += 0.5 * (left + right) * (TimesSeconds[k] - TimesSeconds[k - 1]);
        }

        return moment;
    }
}
