namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>The device non-ideality a robustness sweep varies (ARCHITECTURE.md §1; seeds 000 Fig. 13, 001 Tables 1–2).</summary>
public enum SweepParameter
{
    /// <summary>Stuck-at fault rate: fraction of all devices stuck, in [0, 1] (at LRS, HRS or both: <see cref="FaultMode"/>).</summary>
    FaultRate,

    /// <summary>Number of programmable conductance levels, evenly spaced in conductance from Gmin to Gmax; integer ≥ 2.</summary>
    Levels,

    /// <summary>Programming (write) error: relative σ of G_programmed/G_target − 1, in [0, 1].</summary>
    ProgrammingError,

    /// <summary>Read noise: relative σ of one read's conductance, drawn anew for every inference, in [0, 1].</summary>
    ReadNoise,

    /// <summary>Aging: fraction of each working device's span above Gmin lost toward the HRS, in [0, 1].</summary>
    Aging,

    /// <summary>Weight-noise injection ([P4]'s WNI): relative σ (of each matrix's max |W|) of Gaussian noise added to every weight before mapping, in [0, 1].</summary>
    WeightNoise,

    /// <summary>Magnitude pruning ([P4]'s pruning + quantisation): fraction of each matrix's smallest weights set to 0, in [0, 1]; optional k weight levels.</summary>
    Prune,
}
