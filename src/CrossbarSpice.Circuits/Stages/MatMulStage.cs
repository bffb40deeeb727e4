using System.Globalization;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// A product of two computed values (QKᵀ, scores·V; [P2] eqs. 2–4) as [P2]'s multiplying circuit: one lane per output
/// element c[i, j] = Σ_q a[i, q]·b[q, j], with K Gilbert multipliers (<see cref="GilbertMultiplier"/>, docs/circuits.md
/// §3; inputs <c>in0 … in{K−1}</c> the row of a, <c>in{K} … in{2K−1}</c> the column of b) summed by an analogue adder of
/// K inputs (§7.7's inverting summer and unity inverter, on the cascoded op-amp, its feedback R_F = R/(K_G·s) so that
/// the sum of the products, K_G·s²·Σ a·b volts, comes out at s volts per unit). The multipliers' common output offset
/// is trimmed at the summer: a source of −V₀ through R/K. Heads side by side are lanes side by side.
/// </summary>
/// <param name="Layers">The matMul layer.</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">2K sources: the row of a, then the column of b.</param>
/// <param name="OutputNodes">The single output net.</param>
/// <param name="VoltsPerUnit">s, V per unit.</param>
public sealed record MatMulStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes,
    double VoltsPerUnit) : CircuitStage(Layers, Deck, InputSources, OutputNodes)
{
    /// <summary>
    /// The Gilbert multiplier's small-signal K into the summer's 10 kΩ, V/V²: 0.894 at |V1|, |V2| ≤ 0.1 V (0.900 at
    /// 0.2 V, 0.941 at 0.5 V), measured in ngspice on <c>gilbert_mult</c> with the 180 nm BSIM3 card loaded by 10 kΩ
    /// (docs/transformer.md); the bench's 1.009 is the minimax fit over ±1 V unloaded (docs/circuits.md §3). The stage's
    /// operands are a few tenths of a volt at s = 0.1 V per unit, where the small-signal K holds.
    /// </summary>
    public const double MultiplierGain = 0.894;

    /// <summary>The Gilbert multiplier's output at V1 = V2 = 0 into 10 kΩ, V (same measurement as
    /// <see cref="MultiplierGain"/>): systematic, the same in every cell, so the summer trims it.</summary>
    public const double MultiplierOffsetVolts = 1.719e-3;

    /// <summary>The summer's input resistors, Ω (the adder's 10 kΩ, §7.7).</summary>
    public const double SummerOhms = 10e3;

    /// <summary>The multipliers' input range, V (the bench's four quadrants, ±1 V).</summary>
    public const double InputLimitVolts = 1.0;

    /// <summary>The output range, V: the summer's CMOS op-amps on ±1.8 V stay linear within ±1.5 V.</summary>
    public const double OutputLimitVolts = 1.5;

    /// <summary>
    /// Most product terms (the head dimension for QKᵀ, the sequence length for scores·V): the summer's noise gain
    /// 1 + K·R_F/R is the factor its op-amp's offset is amplified by; at s = 0.1 V per unit and K = 16 it is 160.
    /// </summary>
    public const int MaxTerms = 16;

    /// <summary>Product terms K.</summary>
    public int Terms => InputSources.Count / 2;

    /// <summary>The summer's feedback resistance R/(K_G·s), Ω.</summary>
    public double FeedbackOhms => SummerOhms / (MultiplierGain * VoltsPerUnit);

    /// <inheritdoc />
    public override bool HasDeck => true;

    /// <inheritdoc />
    public override bool NeedsProcess => true;

    /// <inheritdoc />
    public override IReadOnlyList<NetlistItem> LaneCircuit()
    {
        var options = new GilbertMultiplierOptions();
        // The cascoded op-amp (≈ 101 dB, docs/circuits.md §9.3): the summer's noise gain 1 + K·R_F/R multiplies the
        // plain CMOS op-amp's 0.3 mV input offset into 13 mV at K = 4, s = 0.1.
        var amp = OpAmps.Name(OpAmpKind.CmosCascode);
        var items = new List<NetlistItem>
        {
            new VoltageSource("Vcma", "cma", "0", options.UpperCommonModeVolts),
            new VoltageSource("Vcmb", "cmb", "0", options.LowerCommonModeVolts),
        };
        for (var q = 0; q < Terms; q++)
        {
            var t = Invariant(q);
            items.Add(new SubcircuitInstance($"Xg{t}", [$"in{t}", $"in{Invariant(Terms + q)}", $"p{t}", "cma", "cmb", "vdd", "vss"], GilbertMultiplier.Name));
            items.Add(new Resistor($"Rp{t}", $"p{t}", "ns", SummerOhms));
        }

        items.Add(new VoltageSource("Vtrim", "trim", "0", -MultiplierOffsetVolts));
        items.Add(new Resistor("Rtrim", "trim", "ns", SummerOhms / Terms));
        items.Add(new Resistor("Rsf", "ns", "s1", FeedbackOhms));
        items.Add(new SubcircuitInstance("XS1", ["0", "ns", "s1", "vdd", "vss"], amp));
        items.Add(new Resistor("Rs3", "s1", "ns2", SummerOhms));
        items.Add(new Resistor("Rs4", "ns2", OutputNodes[0][0], SummerOhms));
        items.Add(new SubcircuitInstance("XS2", ["0", "ns2", OutputNodes[0][0], "vdd", "vss"], amp));
        return items;
    }

    /// <inheritdoc />
    public override IReadOnlyList<SubcircuitDefinition> Definitions(PeripheryProcess process) => [GilbertMultiplier.Build(process)];

    /// <inheritdoc />
    public override string? PeripheryNote => string.Create(CultureInfo.InvariantCulture,
        $"{Terms} {GilbertMultiplier.Name} and a {Terms}-input summer (R_F = {FeedbackOhms:0.#} Ω) with a unity inverter, one lane per output element in {Deck}");

    /// <summary>An operand beyond the multipliers' ±1 V, or a sum beyond the summer's ±1.5 V.</summary>
    public override string? LaneInputError(double[] lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        var worst = lane.Max(Math.Abs);
        if (worst * VoltsPerUnit > InputLimitVolts)
        {
            return string.Create(CultureInfo.InvariantCulture, $"a matMul operand of {worst * VoltsPerUnit:0.###} V ({worst:0.###} units) is beyond the Gilbert multipliers' ±{InputLimitVolts} V input range (docs/circuits.md §3)");
        }

        var sum = 0.0;
        for (var q = 0; q < Terms; q++)
        {
            sum += lane[q] * lane[Terms + q];
        }

        return Math.Abs(sum) * VoltsPerUnit > OutputLimitVolts
            ? string.Create(CultureInfo.InvariantCulture, $"a matMul output of {sum * VoltsPerUnit:0.###} V ({sum:0.###} units) is beyond the summer's ±{OutputLimitVolts} V output range")
            : null;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
