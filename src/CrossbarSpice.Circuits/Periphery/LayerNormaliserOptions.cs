namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Values of the layer-normalisation circuit (<see cref="LayerNormaliser"/>; [P2] §IV.A.1 names its averaging,
/// standard-deviation and normalisation circuits but gives no schematic or values, so every number is this project's
/// choice, docs/circuits.md §15). Resistances in Ω, capacitances in F, voltages in V.
/// </summary>
public sealed record LayerNormaliserOptions
{
    /// <summary>Number of features N (inputs and outputs), ≥ 2.</summary>
    public int Inputs { get; init; } = 4;

    /// <summary>Per-feature gain γ_k (N values), or null for all 1 (no affine stage).</summary>
    public IReadOnlyList<double>? Gammas { get; init; }

    /// <summary>Per-feature offset β_k, V at the output (N values), or null for all 0.</summary>
    public IReadOnlyList<double>? BetaVolts { get; init; }

    /// <summary>Resistors of the two averagers (mean, mean of squares), Ω (10 kΩ: light load on the stages before).</summary>
    public double AveragerOhms { get; init; } = 10e3;

    /// <summary>Resistors of the mean-subtracting difference amplifiers, Ω (10 kΩ, unity gain).</summary>
    public double DifferenceOhms { get; init; } = 10e3;

    /// <summary>
    /// Gain G of the difference amplifiers, d_k = G·(μ − x_k) (1: the bench's unity stage; the feedback and ground-leg
    /// resistors are G·<see cref="DifferenceOhms"/>). The normalised value does not depend on it; a compiled stage whose
    /// inputs are a tenth of a volt per unit raises it so that σ stands well above the multipliers' millivolt offsets.
    /// </summary>
    public double DifferenceGain { get; init; } = 1;

    /// <summary>Feedback resistor R_f of each divider (from the multiplier's output), Ω (10 kΩ).</summary>
    public double DividerFeedbackOhms { get; init; } = 10e3;

    /// <summary>
    /// Input resistor R_i of each divider, Ω (20 kΩ): the output is (R_f/R_i)/K ≈ 0.5 V per unit of the normalised
    /// value, which keeps the multiplier's input (the output) within ±1 V for |z| ≤ 2 (N ≤ 5: |z| ≤ √(N − 1)).
    /// </summary>
    public double DividerInputOhms { get; init; } = 20e3;

    /// <summary>Compensation capacitor across each divider op-amp, F: the loop holds two op-amps (its own and the
    /// multiplier's output stage), and this pole keeps it stable: 1 pF settles a 1.6 V output step in 184 ns with 0.5 %
    /// overshoot (5 pF: 852 ns, overdamped).</summary>
    public double DividerFarads { get; init; } = 1e-12;

    /// <summary>Compensation capacitor across the square-root op-amp, F (same reason as <see cref="DividerFarads"/>).</summary>
    public double RootFarads { get; init; } = 1e-12;

    /// <summary>Pull-down of the square-root output to ground, Ω (100 kΩ): holds σ at 0 while its diode is off.</summary>
    public double RootPullDownOhms { get; init; } = 100e3;

    /// <summary>Multiplier used as squarer and in the feedback of the square root and the dividers.</summary>
    public GilbertMultiplierOptions Multiplier { get; init; } = new();

    /// <summary>Op-amp of the followers, difference amplifiers, square root and dividers (signals on + inputs: not the cascode).</summary>
    public OpAmpKind OpAmp { get; init; } = OpAmpKind.Cmos;

    /// <summary>Output volts per unit of the normalised value before γ, β: R_f / R_i (the multiplier's K divides it).</summary>
    public double NominalVoltsPerUnit => DividerFeedbackOhms / DividerInputOhms;
}
