using System.Globalization;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// Layer normalisation over groups of N features on [P2]'s layer-normalisation circuit (<see cref="LayerNormaliser"/>,
/// docs/circuits.md §15): one lane per group, N inputs and N outputs. The circuit's divider gives y_k = a·z_k volts,
/// z_k = (x_k − μ)/σ, with a = (R_f/R_i)/K chosen so that |y| ≤ 0.7 V (within the multipliers' ±1 V) for every z a group
/// of N can have (|z| ≤ √(N − 1)); an affine amplifier per feature (§7.8) then gives out_k = s·(γ_k·z_k + β_k).
/// </summary>
/// <param name="Layers">The layer-norm layer.</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">One source per feature, <c>Vin{k}</c>.</param>
/// <param name="OutputNodes">One output net per feature, <c>out{k}</c>.</param>
/// <param name="Options">The circuit's sizes without γ and β (shared by every layer norm of N features).</param>
/// <param name="Gains">Per feature, the affine amplifier's gain γ_k·s/a.</param>
/// <param name="BiasVolts">Per feature, β_k·s, V.</param>
/// <param name="VoltsPerUnit">s, V per unit.</param>
public sealed record LayerNormStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes,
    LayerNormaliserOptions Options,
    IReadOnlyList<double> Gains,
    IReadOnlyList<double> BiasVolts,
    double VoltsPerUnit) : CircuitStage(Layers, Deck, InputSources, OutputNodes)
{
    /// <summary>
    /// Largest group: the root op-amp drives σ into the N dividers' multipliers (a 6 kΩ + 1 kΩ attenuator each), so the
    /// load grows with N; the project measured N = 4 (bench) and 8 (the transformer block) and refuses beyond 16.
    /// </summary>
    public const int MaxFeatures = 16;

    /// <summary>Input range, V: the bench's ±1 V (docs/circuits.md §15); the difference amplifiers and the averager stay linear there.</summary>
    public const double InputLimitVolts = 1.0;

    /// <summary>The fitted over the nominal divider gain on the bench, 0.5083 / 0.4955 V per unit (docs/circuits.md §15): the
    /// Gilbert cell's gain below K in the dividers.</summary>
    public const double FittedGainRatio = 0.5083 / 0.4955;

    /// <summary>
    /// Largest divider output, V: 0.7 of the Gilbert multiplier's ±1 V input range. At the full 1 V the divider's
    /// multiplier compresses at the group's extreme z and the loop can settle in a second, wrong state (measured: the
    /// transformer block's spice level latched 3 of 20 groups at 1 V, none at 0.7 V; docs/transformer.md).
    /// </summary>
    public const double DividerLimitVolts = 0.7;

    /// <summary>
    /// Largest deviation from the group's mean, units: the difference amplifiers' gain G = 1 V / (6 units · s) puts
    /// a deviation of 6 units at the multipliers' 1 V. At s = 0.1 V per unit G = 1.667: a group of inputs ±0.3 units
    /// has σ ≈ 18 mV at unity gain, where the multipliers' offsets made the divider outputs 50 % wrong (measured,
    /// docs/transformer.md); the transformer block's second layer norm sees deviations of 5.6 units at the spice level.
    /// </summary>
    public const double DeviationLimit = 6.0;

    /// <summary>The circuit options for N features at s V per unit: the bench's, with the difference gain
    /// 1 V / (<see cref="DeviationLimit"/>·s) (at least 1) and R_i raised for N &gt; 2 so that a·√(N − 1) ≤ 0.7 V.</summary>
    public static LayerNormaliserOptions For(int features, double voltsPerUnit)
    {
        var defaults = new LayerNormaliserOptions { DifferenceGain = Math.Max(1, Math.Round(1.0 / (DeviationLimit * voltsPerUnit), 3)) };
        var k = 1.009; // the Gilbert cell's K, V/V² (docs/circuits.md §3)
        var needed = defaults.DividerFeedbackOhms * Math.Sqrt(features - 1) / (k * DividerLimitVolts);
        return defaults with { Inputs = features, DividerInputOhms = Math.Max(defaults.DividerInputOhms, Math.Ceiling(needed / 100) * 100) };
    }

    /// <summary>The divider's volts per unit of z, a = (R_f/R_i)/K × the bench's fitted ratio.</summary>
    public static double DividerVoltsPerUnit(LayerNormaliserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.DividerFeedbackOhms / options.DividerInputOhms / 1.009 * FittedGainRatio;
    }

    /// <inheritdoc />
    public override bool HasDeck => true;

    /// <inheritdoc />
    public override bool NeedsProcess => true;

    /// <inheritdoc />
    /// <remarks>The root and divider loops (docs/circuits.md §15) also hold a mirror state with σ of the wrong sign, every
    /// output negated. A DC sweep stepping from one token's inputs to the next landed there for 5 of the transformer
    /// block's 20 groups; the same lanes solved on their own (or swept in small steps) reach the right state.</remarks>
    public override bool SolvesLanesAlone => true;

    /// <inheritdoc />
    public override IReadOnlyList<NetlistItem> LaneCircuit()
    {
        var n = InputSources.Count;
        var items = new List<NetlistItem>
        {
            new VoltageSource("Vcma", "cma", "0", Options.Multiplier.UpperCommonModeVolts),
            new VoltageSource("Vcmb", "cmb", "0", Options.Multiplier.LowerCommonModeVolts),
            new SubcircuitInstance("Xln", [.. Enumerable.Range(0, n).Select(k => $"in{Invariant(k)}"), .. Enumerable.Range(0, n).Select(k => $"y{Invariant(k)}"), "vdd", "vss", "cma", "cmb"], LayerNormaliser.Name(n)),
        };
        for (var k = 0; k < n; k++)
        {
            items.AddRange(AffineAmplifier.Elements(Invariant(k), $"y{Invariant(k)}", OutputNodes[0][k], Gains[k], BiasVolts[k]));
        }

        return items;
    }

    /// <inheritdoc />
    public override IReadOnlyList<SubcircuitDefinition> Definitions(PeripheryProcess process) =>
        [GilbertMultiplier.Build(process, Options.Multiplier), LayerNormaliser.Build(Options)];

    /// <inheritdoc />
    public override string? PeripheryNote => string.Create(CultureInfo.InvariantCulture,
        $"{LayerNormaliser.Name(InputSources.Count)} (difference gain {Options.DifferenceGain}, R_i = {Options.DividerInputOhms:0.#} Ω) and an affine amplifier per feature (γ, β), one lane per group in {Deck}");

    /// <summary>An input beyond ±<see cref="InputLimitVolts"/>, or a deviation from the mean that the difference
    /// amplifiers' gain puts beyond the multipliers' ±1 V.</summary>
    public override string? LaneInputError(double[] lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        var worst = lane.Max(Math.Abs);
        if (worst * VoltsPerUnit > InputLimitVolts)
        {
            return string.Create(CultureInfo.InvariantCulture, $"a layer-norm input of {worst * VoltsPerUnit:0.###} V ({worst:0.###} units) is beyond the layer-norm circuit's ±{InputLimitVolts} V input range (docs/circuits.md §15)");
        }

        var mean = lane.Average();
        var deviation = lane.Max(x => Math.Abs(x - mean));
        return deviation * VoltsPerUnit * Options.DifferenceGain > InputLimitVolts
            ? string.Create(CultureInfo.InvariantCulture, $"a layer-norm input {deviation:0.###} units from its group's mean is beyond the layer-norm stage's range: its difference amplifiers (gain {Options.DifferenceGain}) put it at {deviation * VoltsPerUnit * Options.DifferenceGain:0.###} V, past the multipliers' ±1 V")
            : null;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
