using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// One module of the circuit path, simulated as a unit: its deck in the design folder has input sources
/// <see cref="InputSources"/> (DC 0 V until a sample is applied) on the nets of the same index and the outputs on
/// <see cref="OutputNodes"/>. Every signal between stages is a voltage at the design's volts per unit.
/// </summary>
/// <param name="Layers">The network layers it computes, in order (a crossbar layer and its fused activation).</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">Names of the input voltage sources, one per lane input.</param>
/// <param name="OutputNodes">Per computed layer, its output nets, one per lane output.</param>
public abstract record CircuitStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes)
{
    /// <summary>True for a stage whose one-lane deck <see cref="StageDeckBuilder"/> writes (its circuit is
    /// <see cref="LaneCircuit"/>); a crossbar's deck is the layer deck builder's, wiring has none.</summary>
    public virtual bool HasDeck => false;

    /// <summary>True when the lane circuit runs from the ±VDD supplies (the deck then has them).</summary>
    public virtual bool UsesSupplies => true;

    /// <summary>True when the stage needs transistor-level periphery, so the design a CMOS process.</summary>
    public virtual bool NeedsProcess => false;

    /// <summary>
    /// One lane's circuit in the stage deck: inputs on nets <c>in0 … in{n−1}</c> (driven by <see cref="InputSources"/>),
    /// outputs on <see cref="OutputNodes"/>, supplies <c>vdd</c>/<c>vss</c>; the subcircuits it instantiates come from
    /// <see cref="Definitions"/> in the design's library.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stage has no deck of its own (<see cref="HasDeck"/> false).</exception>
    public virtual IReadOnlyList<NetlistItem> LaneCircuit() =>
        throw new InvalidOperationException($"stage {Layers[0]} has no stage deck of its own");

    /// <summary>The subcircuits the design's periphery library defines for this stage, dependencies first (op-amps,
    /// diode and process models are the library's own).</summary>
    /// <param name="process">The CMOS process.</param>
    public virtual IReadOnlyList<SubcircuitDefinition> Definitions(PeripheryProcess process) => [];

    /// <summary>What the manifest says about the layer's periphery; null for the compiler's generic note.</summary>
    public virtual string? PeripheryNote => null;

    /// <summary>Why the circuit cannot compute lane input <paramref name="lane"/> (network units) correctly (beyond
    /// its characterised range), or null when it can; the staged levels stop with it, naming the layer.</summary>
    public virtual string? LaneInputError(double[] lane) => null;

    /// <summary>
    /// Whether each lane must be solved from its own operating-point search rather than continued from the previous
    /// lane's solution in a DC sweep: true for circuits with more than one stable state, where a sweep's jump from one
    /// lane's inputs to the next can carry the solution into the wrong state (in hardware every lane is its own
    /// instance and powers up on its own).
    /// </summary>
    public virtual bool SolvesLanesAlone => false;
}

/// <summary>
/// A crossbar matrix with its readouts (and the element-wise circuit of the next layer when there is one).
/// A dense layer is one lane per sample; a convolution one lane per output pixel.
/// </summary>
/// <param name="Layers">The crossbar layer and, when fused, the activation layer.</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">The row sources (the bias row is fixed).</param>
/// <param name="OutputNodes">Readout outputs, then the fused circuit's outputs.</param>
/// <param name="InputVoltsPerUnit">Volts per unit applied to the rows.</param>
/// <param name="FeedbackOhms">Readout feedback resistance, Ω.</param>
/// <param name="Tail">Fused element-wise circuit, or null.</param>
public sealed record CrossbarStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes,
    double InputVoltsPerUnit,
    double FeedbackOhms,
    ElementCircuit? Tail) : CircuitStage(Layers, Deck, InputSources, OutputNodes)
{
    /// <inheritdoc />
    public override bool NeedsProcess => Tail is not null;

    /// <inheritdoc />
    public override IReadOnlyList<SubcircuitDefinition> Definitions(PeripheryProcess process) => Tail?.Definitions(process) ?? [];

    /// <inheritdoc />
    public override string? PeripheryNote => Tail is { } tail ? $"{tail.Describe()} behind every readout output of {Deck} (nets z0, z1, …)" : null;
}

/// <summary>An element-wise circuit on its own: one lane per element, one input and one output each.</summary>
/// <param name="Layers">The activation layer.</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">The single input source.</param>
/// <param name="OutputNodes">The single output net.</param>
/// <param name="Circuit">The circuit.</param>
public sealed record ElementStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes,
    ElementCircuit Circuit) : CircuitStage(Layers, Deck, InputSources, OutputNodes)
{
    /// <inheritdoc />
    public override bool HasDeck => true;

    /// <inheritdoc />
    public override bool UsesSupplies => Circuit.UsesSupplies;

    /// <inheritdoc />
    public override bool NeedsProcess => true;

    /// <inheritdoc />
    public override IReadOnlyList<NetlistItem> LaneCircuit() => [.. Circuit.SharedSources(), .. Circuit.Instance("0", "in0", "out0")];

    /// <inheritdoc />
    public override IReadOnlyList<SubcircuitDefinition> Definitions(PeripheryProcess process) => Circuit.Definitions(process);

    /// <inheritdoc />
    public override string? PeripheryNote => $"{Circuit.Describe()}, one lane in {Deck}";
}

/// <summary>
/// A pooling circuit of N inputs and one output, one copy per lane, its subcircuit's pins <c>in1 … inN out vdd vss</c>:
/// an averager (<see cref="AverageStage"/>) or a voltage selector (<see cref="MaxStage"/>).
/// </summary>
/// <param name="Layers">The pooling layer.</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">One source per pooled input.</param>
/// <param name="OutputNodes">The single output net.</param>
/// <param name="Subcircuit">The circuit's subcircuit name.</param>
public abstract record PoolingStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes,
    string Subcircuit) : CircuitStage(Layers, Deck, InputSources, OutputNodes)
{
    /// <summary>Name of the circuit's instance in the stage deck.</summary>
    public abstract string InstanceName { get; }

    /// <summary>The subcircuit <see cref="Subcircuit"/> the design's periphery library defines.</summary>
    public abstract SubcircuitDefinition Definition();

    /// <inheritdoc />
    public override bool HasDeck => true;

    /// <inheritdoc />
    public override bool NeedsProcess => true;

    /// <inheritdoc />
    public override IReadOnlyList<NetlistItem> LaneCircuit() =>
        [new Netlist.Elements.SubcircuitInstance(InstanceName, [.. Enumerable.Range(0, InputSources.Count).Select(i => $"in{i}"), "out0", "vdd", "vss"], Subcircuit)];

    /// <inheritdoc />
    public override IReadOnlyList<SubcircuitDefinition> Definitions(PeripheryProcess process) => [Definition()];

    /// <inheritdoc />
    public override string? PeripheryNote => $"{Subcircuit}, one lane in {Deck}";
}

/// <summary>
/// An averaging circuit: average pooling (one lane per output element, a window of inputs, padded positions at 0 V)
/// or global average pooling (one lane per channel).
/// </summary>
/// <param name="Layers">The pooling layer.</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">One source per averaged input.</param>
/// <param name="OutputNodes">The single output net.</param>
/// <param name="Subcircuit">The averager's subcircuit name.</param>
public sealed record AverageStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes,
    string Subcircuit) : PoolingStage(Layers, Deck, InputSources, OutputNodes, Subcircuit)
{
    /// <inheritdoc />
    public override string InstanceName => "Xavg";

    /// <inheritdoc />
    public override SubcircuitDefinition Definition() => StagePlanner.AveragerDefinition(Subcircuit, InputSources.Count);
}

/// <summary>
/// [P2]'s voltage selector (<see cref="MaxSelector"/>, docs/circuits.md §7.5) for max pooling: one lane per output
/// element, its window's voltages on the inputs (a padded position repeats a real input of the window: a max ignores
/// padding, and a repeated input does not change it).
/// </summary>
/// <param name="Layers">The pooling layer.</param>
/// <param name="Deck">Deck path relative to the design root.</param>
/// <param name="InputSources">One source per window position.</param>
/// <param name="OutputNodes">The single output net.</param>
/// <param name="Subcircuit">The selector's subcircuit name.</param>
public sealed record MaxStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes,
    string Subcircuit) : PoolingStage(Layers, Deck, InputSources, OutputNodes, Subcircuit)
{
    /// <inheritdoc />
    public override string InstanceName => "Xmax";

    /// <summary>The selector on <c>opamp_cmos</c>: each super-diode's signal is on the non-inverting input, outside
    /// the cascoded op-amp's ±0.2 V common-mode range (docs/circuits.md §9.3).</summary>
    public override SubcircuitDefinition Definition() => MaxSelector.Build(InputSources.Count);
}

/// <summary>
/// A layer that is wiring only: no circuit, the voltages pass unchanged (flatten) or re-indexed (permute: the wires
/// of the token grid are routed to the next module in another order).
/// </summary>
/// <param name="Layers">The layer.</param>
/// <param name="Sources">Per output element, the input element it is wired to; null when the order is unchanged.</param>
public sealed record WiringStage(IReadOnlyList<string> Layers, IReadOnlyList<int>? Sources = null) : CircuitStage(Layers, string.Empty, [], [])
{
    /// <inheritdoc />
    public override string? PeripheryNote => "wiring only: no circuit";

    /// <summary>The output tensor (voltages, or net names) for input <paramref name="x"/>.</summary>
    public T[] Route<T>(T[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return Sources is null ? x : [.. Sources.Select(source => x[source])];
    }
}
