namespace CrossbarSpice.Circuits.Periphery;

/// <summary>Which op-amp a peripheral circuit instantiates.</summary>
public enum OpAmpKind
{
    /// <summary>Two-stage Miller CMOS op-amp at transistor level, <see cref="CmosOpAmp"/> (docs/circuits.md §9.2, ±1.8 V).</summary>
    Cmos,

    /// <summary>Behavioural macromodel <see cref="OpAmpMacromodel"/> (docs/circuits.md §9.1).</summary>
    Macromodel,

    /// <summary>The CMOS op-amp with a telescopic-cascode first stage, <see cref="CascodeOpAmp"/>: ≈ 101 dB, inputs near 0 V only.</summary>
    CmosCascode,
}
