using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Pooling;

/// <summary>
/// Max pooling: [P2]'s voltage selector (<c>max-pool</c>, docs/circuits.md §7.5), one per output element over its
/// window. A window of one element is wiring (each output is wired to its input element). A window lying wholly in the
/// padding has no maximum, and so no circuit: the stage says so.
/// </summary>
public sealed class MaxPoolCircuit : PoolCircuit<MaxPool2dLayer>
{
    /// <inheritdoc />
    protected override string Module => "max-pool";

    /// <inheritdoc />
    protected override bool Average => false;

    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        var pool = Op(layer);
        TensorShape inShape = planning.Shapes[layer.Inputs[0]], outShape = planning.Shapes[layer.Outputs[0]];
        var window = pool.Kernel.Height * pool.Kernel.Width;
        if (PoolWindow.HasWindowInPadding(pool, inShape, outShape))
        {
            planning.Add(new UnsupportedStage([layer.Name], $"max pooling with padding {pool.Padding} ≥ kernel {pool.Kernel} has windows of padding only, which have no maximum"));
        }
        else if (window == 1)
        {
            // Each output is one input element (a strided subsampling): the window of element indices names it.
            var positions = Enumerable.Range(0, inShape.ElementCount).ToArray();
            planning.Add(new WiringStage([layer.Name], [.. Enumerable.Range(0, outShape.ElementCount).Select(lane => PoolWindow.OfMax(pool, positions, inShape, outShape, lane)[0])]));
        }
        else
        {
            planning.Add(new MaxStage([layer.Name], $"{layer.Name}/deck.cir", StagePlanning.Sources(window), [["out0"]], MaxSelector.Name(window)));
        }

        return 1;
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        return stage is MaxStage ? new MaxWindowLanes(Op(layer), shapes[layer.Inputs[0]], shapes[layer.Outputs[0]]) : StageLanes.None;
    }
}
