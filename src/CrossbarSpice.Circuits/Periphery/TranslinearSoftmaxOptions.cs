namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Sizes and biases of the softmax circuit (<see cref="TranslinearSoftmax"/>; [P2] §IV.A.1 names the cascade of
/// exponential, summation and division circuits but gives no schematic or values, so every number here is this
/// project's choice, docs/circuits.md §14). Widths and lengths in m, resistances in Ω, current in A.
/// </summary>
public sealed record TranslinearSoftmaxOptions
{
    /// <summary>Number of inputs (and outputs) N, ≥ 2.</summary>
    public int Inputs { get; init; } = 4;

    /// <summary>Attenuator series resistor, Ω (6 kΩ; with <see cref="AttenuatorShuntOhms"/> a ×1/7 divider, as the Gilbert cell's).</summary>
    public double AttenuatorSeriesOhms { get; init; } = 6e3;

    /// <summary>Attenuator resistor from the gate to ground, Ω (1 kΩ).</summary>
    public double AttenuatorShuntOhms { get; init; } = 1e3;

    /// <summary>Width of each exponentiating transistor, m (wide, so the whole tail current stays in weak inversion).</summary>
    public double PairWidth { get; init; } = 40e-6;

    /// <summary>Length of each exponentiating transistor, m (long: little DIBL and channel-length modulation).</summary>
    public double PairLength { get; init; } = 1e-6;

    /// <summary>Tail current I_T, A: the sum every branch shares, so the division's denominator.</summary>
    public double TailAmperes { get; init; } = 1e-6;

    /// <summary>Tail mirror width, m.</summary>
    public double TailWidth { get; init; } = 4e-6;

    /// <summary>Tail mirror length, m (long, for output resistance).</summary>
    public double TailLength { get; init; } = 4e-6;

    /// <summary>Transimpedance feedback resistor R_F of each output, Ω (1 MΩ: 1 µA full share → 1 V).</summary>
    public double FeedbackOhms { get; init; } = 1e6;

    /// <summary>
    /// Capacitor across each R_F, F (40 fF). Without it the 1 MΩ feedback and the drain's capacitance put a pole near
    /// 3 MHz inside the op-amp's 39 MHz loop and the output rings for 900 ns; 40 fF settles a 1 V step in 120 ns.
    /// </summary>
    public double FeedbackFarads { get; init; } = 40e-15;

    /// <summary>Op-amp of the transimpedance outputs.</summary>
    public OpAmpKind OpAmp { get; init; } = OpAmpKind.Cmos;

    /// <summary>Output volts per unit probability, R_F · I_T (V).</summary>
    public double OutputVoltsPerUnit => FeedbackOhms * TailAmperes;

    /// <summary>Input attenuation, shunt / (series + shunt).</summary>
    public double Attenuation => AttenuatorShuntOhms / (AttenuatorSeriesOhms + AttenuatorShuntOhms);
}
