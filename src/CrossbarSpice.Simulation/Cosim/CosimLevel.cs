namespace CrossbarSpice.Simulation.Cosim;

/// <summary>The fidelity levels the co-simulation harness computes (ARCHITECTURE.md §3), in order of fidelity.</summary>
public enum CosimLevel
{
    /// <summary>The trained network with float weights: the software reference.</summary>
    Ideal,

    /// <summary>The weights the programmed conductances realise, ideal circuit: the software reference on the plan.</summary>
    Mapped,

    /// <summary>The crossbars solved exactly with wires, drivers and cells; ideal periphery.</summary>
    Wired,
}
