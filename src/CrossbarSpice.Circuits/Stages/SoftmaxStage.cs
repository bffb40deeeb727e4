using System.Globalization;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// Softmax over groups of the last axis on the translinear softmax circuit (<see cref="TranslinearSoftmax"/>,
/// docs/circuits.md §14): one lane per group, N inputs and N outputs. Its attenuator is set so that the softmax
/// temperature equals the design's volts per unit (an input of x units is x·s volts and the circuit computes
/// softmax(x)), its transimpedance R_F = s / I_T so that a probability of 1 is s volts.
/// </summary>
/// <param name="Layers">The softmax layer.</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">One source per group element, <c>Vin{k}</c>.</param>
/// <param name="OutputNodes">One output net per group element, <c>out{k}</c>.</param>
/// <param name="Options">The circuit's sizes, scaled to the design (<see cref="For"/>).</param>
public sealed record SoftmaxStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes,
    TranslinearSoftmaxOptions Options) : CircuitStage(Layers, Deck, InputSources, OutputNodes)
{
    /// <summary>n·U_T of the exponentiating transistors, V: the fitted temperature T = 0.2727 V of
    /// <c>characterize softmax</c> times its ×1/7 attenuator (docs/circuits.md §14).</summary>
    public const double SlopeVolts = 0.2727 / 7.0;

    /// <summary>Largest softmax argument magnitude, units: the characterised gate swing, ±1 V × 1/7 at T = 0.2727 V
    /// (docs/circuits.md §14, "the softmax argument spans ±3.7 units at T").</summary>
    public const double ArgumentLimit = 1.0 / 0.2727;

    /// <summary>
    /// Largest group: the tail current I_T is shared by the N branches, so a uniform share is s/N volts, and the
    /// bench's 3.0 mV error at 1 V per unit (0.30 %) is 0.3·N % of it: 16 keeps it within 5 %.
    /// </summary>
    public const int MaxGroup = 16;

    /// <summary>The circuit options for N inputs at <paramref name="voltsPerUnit"/>, V per unit; null when the scale is
    /// below n·U_T (the attenuator would need a gain).</summary>
    public static TranslinearSoftmaxOptions? For(int inputs, double voltsPerUnit)
    {
        var defaults = new TranslinearSoftmaxOptions();
        var attenuation = SlopeVolts / voltsPerUnit;
        if (!(attenuation < 1))
        {
            return null;
        }

        var feedback = voltsPerUnit / defaults.TailAmperes;
        return defaults with
        {
            Inputs = inputs,
            AttenuatorSeriesOhms = defaults.AttenuatorShuntOhms * ((1 / attenuation) - 1),
            FeedbackOhms = feedback,
            // The same R_F·C_F (40 ns) as the bench's 1 MΩ ∥ 40 fF: the same settling.
            FeedbackFarads = defaults.FeedbackFarads * defaults.FeedbackOhms / feedback,
        };
    }

    /// <inheritdoc />
    public override bool HasDeck => true;

    /// <inheritdoc />
    public override bool NeedsProcess => true;

    /// <inheritdoc />
    public override IReadOnlyList<NetlistItem> LaneCircuit()
    {
        var n = InputSources.Count;
        return [new SubcircuitInstance("Xsm", [.. Enumerable.Range(0, n).Select(k => $"in{Invariant(k)}"), .. OutputNodes[0], "vdd", "vss"], TranslinearSoftmax.Name(n))];
    }

    /// <inheritdoc />
    public override IReadOnlyList<SubcircuitDefinition> Definitions(PeripheryProcess process) => [TranslinearSoftmax.Build(process, Options)];

    /// <inheritdoc />
    public override string? PeripheryNote => string.Create(CultureInfo.InvariantCulture,
        $"{TranslinearSoftmax.Name(InputSources.Count)} (attenuator x{Options.Attenuation:0.####}: temperature one unit; R_F = {Options.FeedbackOhms:0.#} Ω), one lane per group in {Deck}");

    /// <summary>An argument beyond ±<see cref="ArgumentLimit"/> units.</summary>
    public override string? LaneInputError(double[] lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        var worst = lane.Max(Math.Abs);
        return worst > ArgumentLimit
            ? string.Create(CultureInfo.InvariantCulture, $"a softmax input of {lane.First(v => Math.Abs(v) == worst):0.###} units is beyond the softmax circuit's characterised argument range ±{ArgumentLimit:0.##} (docs/circuits.md §14)")
            : null;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
