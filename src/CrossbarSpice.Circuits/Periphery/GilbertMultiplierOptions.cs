namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Sizes and biases of the Gilbert Hadamard multiplier ([P0] Table I: Tm1–Tm8; docs/circuits.md §3). Widths and
/// lengths in m, resistances in Ω, voltages in V, current in A.
/// </summary>
public sealed record GilbertMultiplierOptions
{
    /// <summary>Upper quad Tm1, Tm2, Tm5, Tm6 width, m; Table I 1.6 µm.</summary>
    public double QuadWidth { get; init; } = 1.6e-6;

    /// <summary>Upper quad length, m; Table I 0.3 µm.</summary>
    public double QuadLength { get; init; } = 0.3e-6;

    /// <summary>Lower pair Tm3/Tm4, tail Tm7 and bias diode Tm8 width, m; Table I 2 µm.</summary>
    public double LowerWidth { get; init; } = 2e-6;

    /// <summary>Lower pair, tail and bias length, m; Table I 0.22 µm.</summary>
    public double LowerLength { get; init; } = 0.22e-6;

    /// <summary>Loads Rm1, Rm2, Ω (no value in the seed; 10 kΩ chosen in docs/circuits.md §3).</summary>
    public double LoadOhms { get; init; } = 10e3;

    /// <summary>Reference current into the bias diode Tm8, A (100 µA).</summary>
    public double BiasAmperes { get; init; } = 100e-6;

    /// <summary>Attenuator series resistor, Ω (6 kΩ; with <see cref="AttenuatorShuntOhms"/> a ×1/7 divider).</summary>
    public double AttenuatorSeriesOhms { get; init; } = 6e3;

    /// <summary>Attenuator resistor to the common-mode rail, Ω (1 kΩ).</summary>
    public double AttenuatorShuntOhms { get; init; } = 1e3;

    /// <summary>Common mode of the upper-quad gates VCMA, V (0.5 V = V_Tb).</summary>
    public double UpperCommonModeVolts { get; init; } = 0.5;

    /// <summary>Common mode of the lower-pair gates VCMB, V (−0.6 V).</summary>
    public double LowerCommonModeVolts { get; init; } = -0.6;

    /// <summary>Difference-amplifier gain Rd2/Rd1 (68 kΩ / 10 kΩ = 6.8, which makes K ≈ 1 V/V²).</summary>
    public double OutputGainOhms { get; init; } = 68e3;

    /// <summary>Op-amp of the difference stage.</summary>
    public OpAmpKind OpAmp { get; init; } = OpAmpKind.Cmos;
}
