namespace CrossbarSpice.Cosim.Levels;

/// <summary>The fidelity levels the co-simulation harness computes (ARCHITECTURE.md §3), in order of fidelity.</summary>
public enum CosimLevel
{
    /// <summary>The trained network with float weights: the software reference.</summary>
    Ideal,

    /// <summary>The weights the programmed conductances realise, ideal circuit: the software reference on the plan.</summary>
    Mapped,

    /// <summary>The crossbars solved exactly with wires, drivers and cells; ideal periphery.</summary>
    Wired,

    /// <summary>Crossbars as at <see cref="Wired"/>; periphery by DC transfer tables of the design's own circuits, measured in ngspice.</summary>
    Characterised,

    /// <summary>Every stage's compiled deck (tiles and transistor-level periphery) in ngspice, stage by stage.</summary>
    Spice,
}
