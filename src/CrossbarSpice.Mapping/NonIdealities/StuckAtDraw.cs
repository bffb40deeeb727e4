namespace CrossbarSpice.Mapping.NonIdealities;

/// <summary>
/// How the stuck-at LRS and HRS rates of <see cref="NonIdealityOptions"/> become faulty devices. The two definitions
/// differ only when both rates are on: the fraction of faulty devices is pL + pH under <see cref="Exclusive"/> and
/// pL + pH − pL·pH under <see cref="Independent"/>.
/// </summary>
public enum StuckAtDraw
{
    /// <summary>
    /// One uniform draw u per device: u &lt; pL stuck at LRS, pL ≤ u &lt; pL + pH stuck at HRS. The rates are
    /// disjoint fractions of all devices (pL + pH ≤ 1). The project's original definition.
    /// </summary>
    Exclusive,

    /// <summary>
    /// MemTorch's <c>apply_device_faults</c>, which [P1] used: the HRS devices are drawn with probability pH, then
    /// the LRS devices with probability pL independently over all devices, and an LRS draw overrides an HRS one. So
    /// P(LRS) = pL and P(HRS) = pH·(1 − pL). MemTorch picks exact counts without replacement; here each device is an
    /// independent Bernoulli trial (same expectation, binomial spread).
    /// </summary>
    Independent,
}
