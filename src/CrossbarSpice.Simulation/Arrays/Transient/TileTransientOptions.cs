namespace CrossbarSpice.Simulation.Arrays.Transient;

/// <summary>How a transient run of the array solver steps through time.</summary>
/// <remarks>Either a fixed step (<see cref="StepSeconds"/> up to <see cref="StopSeconds"/>: time points k·h for
/// k = 0 … ⌈stop/h⌉) or explicit <see cref="TimePointsSeconds"/> (e.g. another simulator's, to compare at the same
/// points). The solver factors the matrix once per distinct step size and rule (the trapezoidal rule takes a backward
/// Euler step off every corner of a row waveform, as SPICE does); steps equal to within a relative 1e-9 count as the
/// same size.</remarks>
public sealed record TileTransientOptions
{
    /// <summary>Fixed time step h, s, &gt; 0. Ignored when <see cref="TimePointsSeconds"/> is given.</summary>
    public double StepSeconds { get; init; }

    /// <summary>End of the run, s, &gt; 0. Ignored when <see cref="TimePointsSeconds"/> is given.</summary>
    public double StopSeconds { get; init; }

    /// <summary>Explicit time points, s: the first 0, strictly increasing; null = the fixed grid.</summary>
    public IReadOnlyList<double>? TimePointsSeconds { get; init; }

    /// <summary>Integration rule; default trapezoidal.</summary>
    public TransientMethod Method { get; init; } = TransientMethod.Trapezoidal;

    /// <summary>Rise time of the row edge in <see cref="TileTransient.StepResponse"/>, s, ≥ 0 (0 = ideal step). Default 0.</summary>
    public double RiseSeconds { get; init; }

    /// <summary>Nodes whose voltages are recorded (in <see cref="TileTransientResult.ProbeVolts"/>); default none.</summary>
    public IReadOnlyList<TileNode> ProbeNodes { get; init; } = [];

    /// <summary>The time points of the run, s.</summary>
    /// <exception cref="ArgumentException">No valid grid: non-positive step or stop, too many points (&gt; 10⁷), or
    /// explicit points that do not start at 0 or do not increase.</exception>
    public double[] Grid()
    {
        if (TimePointsSeconds is { } explicitPoints)
        {
            if (explicitPoints.Count < 2 || explicitPoints[0] != 0)
            {
                throw new ArgumentException("explicit time points start at 0 and have at least two entries", nameof(TimePointsSeconds));
            }

            for (var k = 1; k < explicitPoints.Count; k++)
            {
                if (!(explicitPoints[k] > explicitPoints[k - 1]) || !double.IsFinite(explicitPoints[k]))
                {
                    throw new ArgumentException(FormattableString.Invariant($"time point {k} ({explicitPoints[k]} s) does not follow {explicitPoints[k - 1]} s"), nameof(TimePointsSeconds));
                }
            }

            return [.. explicitPoints];
        }

        if (!(StepSeconds > 0) || !(StopSeconds > 0) || !double.IsFinite(StopSeconds))
        {
            throw new ArgumentException(FormattableString.Invariant($"step ({StepSeconds} s) and stop ({StopSeconds} s) must be > 0 and finite"), nameof(StepSeconds));
        }

        var steps = Math.Ceiling((StopSeconds / StepSeconds) - 1e-9);
        if (steps > 1e7)
        {
            throw new ArgumentException(FormattableString.Invariant($"{steps} steps of {StepSeconds} s to {StopSeconds} s: more than 10^7"), nameof(StepSeconds));
        }

        var grid = new double[(int)steps + 1];
        for (var k = 0; k < grid.Length; k++)
        {
            grid[k] = k * StepSeconds;
        }

        return grid;
    }
}
