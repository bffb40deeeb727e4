namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// The transient step of a bench: the input source steps from <paramref name="From"/> to <paramref name="To"/> at
/// <see cref="EdgeSeconds"/> with a 1 ns ramp; the simulation stops at <paramref name="StopSeconds"/>. The
/// operation window starts at the edge and lasts max(<see cref="OperationSeconds"/>, settling time), capped at the stop
/// time: energy per operation is the energy delivered by the supplies and the stepped input in it.
/// </summary>
/// <param name="From">Input before the edge, V or A.</param>
/// <param name="To">Input after the edge, V or A.</param>
/// <param name="StopSeconds">End of the simulation, s (&gt; edge).</param>
/// <param name="SecondInput">Value of the second (outer) input during the step, V, or null for 1-D benches.</param>
/// <param name="MaxStepSeconds">Largest time step, s, or null for 1/2000 of the stop time.</param>
public sealed record BenchStep(double From, double To, double StopSeconds, double? SecondInput = null, double? MaxStepSeconds = null)
{
    /// <summary>Shortest operation window, s: 100 ns, [P0]'s read period (Table III: 0.5 V, 100 ns).</summary>
    public const double OperationSeconds = 100e-9;

    /// <summary>Time of the input edge, s (10 ns).</summary>
    public const double EdgeSeconds = 10e-9;

    /// <summary>Rise time of the input edge, s (1 ns).</summary>
    public const double RiseSeconds = 1e-9;

    /// <summary>The input at time <paramref name="t"/> (s): <see cref="From"/>, a linear ramp, then <see cref="To"/>.</summary>
    public double InputAt(double t) =>
        t <= EdgeSeconds ? From : t >= EdgeSeconds + RiseSeconds ? To : From + ((To - From) * (t - EdgeSeconds) / RiseSeconds);
}
