using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>
/// A feed-forward layer that is one crossbar matrix (dense, convolution): a <see cref="CrossbarStage"/> with its
/// readouts and, when the next layer has an element-wise circuit and reads this one, that circuit fused behind the
/// readouts; a differential readout per output (and inverter drivers per tile row when the design has them) priced per
/// read.
/// </summary>
/// <typeparam name="TOp">The op.</typeparam>
public abstract class CrossbarLayerCircuit<TOp> : LayerCircuitOf<TOp>
    where TOp : LayerOp
{
    /// <inheritdoc />
    public override bool NeedsPeriphery => false;

    /// <summary>Rows of the crossbar (without the bias row).</summary>
    protected abstract int Inputs(TOp op);

    /// <summary>Outputs of the crossbar.</summary>
    protected abstract int Outputs(TOp op);

    /// <summary>The axis of the output tensor that holds the outputs of one read (channels, or token features).</summary>
    protected abstract int OutputAxis(TensorShape output);

    /// <summary>The axis whose size is the number of circuits behind the readouts when the output streams out
    /// read by read, or null when one read gives the whole output.</summary>
    protected abstract int? StreamedAxis(TensorShape output, int reads);

    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        if (!planning.SiemensPerWeight.TryGetValue(layer.Name, out var k))
        {
            return UnknownLayerCircuit.Instance.Plan(planning, index);
        }

        var op = Op(layer);
        var sIn = planning.InputVoltsPerUnitOf(index);
        var sOut = planning.OutputVoltsPerUnit;
        var next = planning.Next(index);
        var tail = planning.WithPeriphery && next is not null && next.Inputs[0] == layer.Outputs[0] ? LayerCircuits.For(next).ElementCircuitOf(next, sOut) : null;
        var outputs = Outputs(op);
        var readouts = Enumerable.Range(0, outputs).Select(j => $"y{j}").ToList();
        IReadOnlyList<IReadOnlyList<string>> nodes = tail is null ? [readouts] : [readouts, Enumerable.Range(0, outputs).Select(j => $"z{j}").ToList()];
        planning.Add(new CrossbarStage(
            tail is null ? [layer.Name] : [layer.Name, next!.Name],
            $"{layer.Name}/deck.cir",
            StagePlanning.Sources(Inputs(op)),
            nodes,
            sIn,
            sOut / (k * sIn),
            tail));
        return tail is null ? 1 : 2;
    }

    /// <inheritdoc />
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(planning);
        var output = planning.Shapes[layer.Outputs[0]];
        var reads = ReadsPerInference(layer, planning.Shapes);
        var outputs = output[OutputAxis(output)];
        planning.Add(new PeripheryUse(layer.Name, "readout", "current-subtractor", outputs, (long)outputs * reads,
            PeripheryPlanning.Text($"one per output, {reads} read(s)")));
        planning.AddDrivers(layer.Name, [layer.Name], reads);
        planning.ChannelAxis = StreamedAxis(output, reads);
    }
}
