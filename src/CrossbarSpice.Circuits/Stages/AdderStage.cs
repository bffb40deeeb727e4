using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// An analogue adder (<c>adder</c>, docs/circuits.md §7.7): one lane per output element, two inputs (element k of
/// each of the two added values, a residual skip) and one output, V_out = V_a + V_b.
/// </summary>
/// <param name="Layers">The add layer.</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">The two input sources, <c>Vin0</c> (first value) and <c>Vin1</c> (second).</param>
/// <param name="OutputNodes">The single output net.</param>
public sealed record AdderStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes) : CircuitStage(Layers, Deck, InputSources, OutputNodes)
{
    /// <inheritdoc />
    public override bool HasDeck => true;

    /// <inheritdoc />
    public override bool NeedsProcess => true;

    /// <inheritdoc />
    public override IReadOnlyList<NetlistItem> LaneCircuit() => [new SubcircuitInstance("Xadd", ["in0", "in1", "out0", "vdd", "vss"], AnalogueAdder.Name)];

    /// <inheritdoc />
    public override IReadOnlyList<SubcircuitDefinition> Definitions(PeripheryProcess process) => [AnalogueAdder.Build()];

    /// <inheritdoc />
    public override string? PeripheryNote => $"adder, one lane (two inputs) in {Deck}";
}
