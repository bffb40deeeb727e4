using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Pooling;

/// <summary>Average pooling: [P3]'s averaging circuit on the cascoded op-amp (docs/circuits.md), one per output
/// element over its window; a window of one element has no circuit.</summary>
public sealed class AveragePoolCircuit : PoolCircuit<AveragePool2dLayer>
{
    /// <inheritdoc />
    protected override string Module => "avg-pool";

    /// <inheritdoc />
    protected override bool Average => true;

    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        var pool = Op(layer);
        var window = pool.Kernel.Height * pool.Kernel.Width;
        if (window < 2)
        {
            return UnknownLayerCircuit.Instance.Plan(planning, index);
        }

        planning.Add(new AverageStage([layer.Name], $"{layer.Name}/deck.cir", StagePlanning.Sources(window), [["out0"]], AveragePooling.Name(window)));
        return 1;
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        return stage is AverageStage ? new WindowLanes(Op(layer), shapes[layer.Inputs[0]], shapes[layer.Outputs[0]]) : StageLanes.None;
    }
}
