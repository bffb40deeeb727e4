namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>Which stuck-at state the devices of a fault-rate sweep fail into ([P1] Tables 1–2: the three groups).</summary>
public enum FaultMode
{
    /// <summary>Every faulty device is stuck at the low-resistance state (G = Gmax).</summary>
    Lrs,

    /// <summary>Every faulty device is stuck at the high-resistance state (G = Gmin).</summary>
    Hrs,

    /// <summary>Half of the fault rate stuck at LRS and half at HRS, so the rate is still the fraction of all devices.</summary>
    Both,
}
