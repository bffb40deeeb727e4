using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Netlist;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// A per-channel affine stage y_c = a_c·x_c + b_c (docs/circuits.md §7.8): one lane per spatial position (per
/// feature vector for a vector input), holding one affine amplifier per channel with its own gain resistor and bias
/// source; input c and output c are channel c's.
/// </summary>
/// <param name="Layers">The affine layer.</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">One source per channel, <c>Vin{c}</c>.</param>
/// <param name="OutputNodes">One output net per channel, <c>out{c}</c>.</param>
/// <param name="Scales">a_c per channel.</param>
/// <param name="BiasVolts">b_c at the design's volts per unit, V, per channel.</param>
public sealed record AffineStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes,
    IReadOnlyList<double> Scales,
    IReadOnlyList<double> BiasVolts) : CircuitStage(Layers, Deck, InputSources, OutputNodes)
{
    /// <inheritdoc />
    public override bool HasDeck => true;

    /// <inheritdoc />
    public override bool NeedsProcess => true;

    /// <summary>One affine amplifier per channel (their op-amps are the library's; no subcircuit of their own).</summary>
    public override IReadOnlyList<NetlistItem> LaneCircuit()
    {
        var items = new List<NetlistItem>();
        for (var c = 0; c < Scales.Count; c++)
        {
            var channel = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            items.AddRange(AffineAmplifier.Elements(channel, $"in{channel}", $"out{channel}", Scales[c], BiasVolts[c]));
        }

        return items;
    }

    /// <inheritdoc />
    public override string? PeripheryNote => $"affine amplifier per channel, one lane (every channel at one position) in {Deck}";
}
