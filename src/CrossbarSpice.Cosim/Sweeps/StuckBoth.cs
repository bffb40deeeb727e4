namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// What fault rate p means for the "both" curve of a fault-rate sweep. [P1] does not say; it used MemTorch, whose
/// <c>apply_device_faults</c> takes an LRS and an HRS proportion and draws them independently, so p each is
/// <see cref="Independent"/> (the default).
/// </summary>
public enum StuckBoth
{
    /// <summary>
    /// MemTorch's definition ([P1]): P(stuck at LRS) = p and, independently, P(drawn for HRS) = p with LRS overriding,
    /// so P(HRS) = p·(1 − p) and the faulty fraction is 2p − p².
    /// </summary>
    Independent,

    /// <summary>p/2 stuck at LRS and p/2 at HRS from one draw, so p is the faulty fraction (the project's first definition).</summary>
    Split,
}
