using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.GlobalAveragePool;

/// <summary>Global average pooling [C, rest…] → [C]: [P0]'s GAP summing resistors (<c>gap</c>), one averager per
/// channel over its elements.</summary>
public sealed class GlobalAveragePoolCircuit : LayerCircuitOf<GlobalAveragePoolLayer>
{
    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        var inShape = planning.Shapes[layer.Inputs[0]];
        var count = inShape.ElementCount / inShape[0];
        planning.Add(count >= 2
            ? new AverageStage([layer.Name], $"{layer.Name}/deck.cir", StagePlanning.Sources(count), [["out0"]], SummingAverager.Name(count))
            : new UnsupportedStage([layer.Name], "global average pooling of a single element needs no circuit; not supported"));
        return 1;
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        return stage is AverageStage ? new ChannelLanes(shapes[layer.Inputs[0]][0]) : StageLanes.None;
    }

    /// <summary>The mean of every channel, network units.</summary>
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(evaluation);
        var channels = evaluation.InputShape(layer)[0];
        var per = x.Length / channels;
        var y = new double[channels];
        for (var c = 0; c < channels; c++)
        {
            var sum = 0.0;
            for (var i = 0; i < per; i++)
            {
                sum += x[(c * per) + i];
            }

            y[c] = sum / per;
        }

        return y;
    }

    /// <inheritdoc />
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.AddElementwise(layer, "pooling", "gap", perChannelWhenStreamed: false);
        planning.ChannelAxis = null;
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.Gap;
}
