namespace CrossbarSpice.Mapping.NonIdealities;

/// <summary>Which state a faulty device is stuck in (seed 001 Tables 1–2 study all three).</summary>
public enum StuckAtMode
{
    /// <summary>Stuck at the low-resistance state: G = Gmax.</summary>
    Lrs,

    /// <summary>Stuck at the high-resistance state: G = Gmin.</summary>
    Hrs,

    /// <summary>Each faulty device is stuck at LRS or HRS with equal probability.</summary>
    Both,
}
