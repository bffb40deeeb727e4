namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Normalisation module values ([P0] Table I: RN1, RN2, Rn3, Tn1–Tn9, CN; docs/circuits.md §5). V_out =
/// clip(−(RN2/RN1)·V_in, −VN, +VN). Resistances in Ω, capacitance in F, voltages in V, sizes in m.
/// </summary>
public sealed record NormalisationOptions
{
    /// <summary>RN1, input resistor of the inverting amplifier, Ω; Table I 1 kΩ.</summary>
    public double Rn1Ohms { get; init; } = 1e3;

    /// <summary>RN2, feedback resistor, Ω; Table I 1 kΩ.</summary>
    public double Rn2Ohms { get; init; } = 1e3;

    /// <summary>Rn3, series isolation of each limiter, Ω; Table I 10 kΩ. The clipped-region error is the switch
    /// on-resistance over Rn3, so a larger Rn3 clips harder (and slows the node by Rn3·CN).</summary>
    public double Rn3Ohms { get; init; } = 10e3;

    /// <summary>CN, hold capacitor before the buffer, F; Table I 1 pF.</summary>
    public double HoldFarads { get; init; } = 1e-12;

    /// <summary>Clip level VN, V, 0.3–1.2 (not in the seed; 0.8 V as in docs/circuits.md §5).</summary>
    public double LimitVolts { get; init; } = 0.8;

    /// <summary>Comparator bias resistor RB, Ω (100 kΩ → ~29 µA; added, not in Table I).</summary>
    public double BiasOhms { get; init; } = 100e3;

    /// <summary>Op-amps of the inverting amplifier and buffer.</summary>
    public OpAmpKind OpAmp { get; init; } = OpAmpKind.Cmos;
}
