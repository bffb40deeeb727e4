namespace CrossbarSpice.Devices.Memristors;

/// <summary>Conductances a failed device is stuck at, and how often each failure occurs.</summary>
/// <param name="LrsConductanceSiemens">Conductance of a device stuck in the low-resistance state, S, &gt; 0 (default Gmax).</param>
/// <param name="HrsConductanceSiemens">Conductance of a device stuck in the high-resistance state, S, &gt; 0 (default Gmin).</param>
/// <param name="LrsFaultFraction">Fraction of devices stuck at LRS, 0–1 (default 0).</param>
/// <param name="HrsFaultFraction">Fraction of devices stuck at HRS, 0–1 (default 0); the two fractions sum to ≤ 1.</param>
public sealed record StuckAtFaults(double LrsConductanceSiemens, double HrsConductanceSiemens, double LrsFaultFraction, double HrsFaultFraction);
