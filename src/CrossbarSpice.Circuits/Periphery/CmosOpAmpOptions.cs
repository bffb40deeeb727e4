namespace CrossbarSpice.Circuits.Periphery;

/// <summary>Sizes of the two-stage Miller CMOS op-amp (docs/circuits.md §9.2). Defaults are the verified design. Widths and lengths in m.</summary>
public sealed record CmosOpAmpOptions
{
    /// <summary>Bias resistor RB from VDD to the bias diode, Ω (62 kΩ → ~46 µA).</summary>
    public double BiasOhms { get; init; } = 62e3;

    /// <summary>Input pair M1/M2 width, m (20 µm).</summary>
    public double PairWidth { get; init; } = 20e-6;

    /// <summary>Input pair length, m (0.5 µm).</summary>
    public double PairLength { get; init; } = 0.5e-6;

    /// <summary>Mirror load M3/M4 width, m (10 µm; L 0.5 µm).</summary>
    public double MirrorWidth { get; init; } = 10e-6;

    /// <summary>Second-stage PMOS M6 width, m (240 µm; L 0.25 µm).</summary>
    public double SecondStageWidth { get; init; } = 240e-6;

    /// <summary>Second-stage sink M7 width, m (160 µm, L 1 µm: 40× the 4 µm bias diode, ≈ 1.85 mA).</summary>
    public double SinkWidth { get; init; } = 160e-6;

    /// <summary>Miller capacitor Cc, F (3 pF).</summary>
    public double CompensationFarads { get; init; } = 3e-12;

    /// <summary>Nulling resistor Rz, Ω (400 Ω).</summary>
    public double NullingOhms { get; init; } = 400;
}
