using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Wiring;

/// <summary>Permute: wiring only, the wires of the token grid routed to the next module in another order
/// (<see cref="PermuteLayer.SourceIndices"/>).</summary>
public sealed class PermuteCircuit : LayerCircuitOf<PermuteLayer>
{
    /// <inheritdoc />
    public override bool NeedsPeriphery => false;

    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        planning.Add(new WiringStage([layer.Name], Op(layer).SourceIndices(planning.Shapes[layer.Inputs[0]])));
        return 1;
    }

    /// <inheritdoc />
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(evaluation);
        return [.. Op(layer).SourceIndices(evaluation.InputShape(layer)).Select(source => x[source])];
    }

    /// <summary>The streamed axis moves to where the permutation puts it.</summary>
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.ChannelAxis = planning.ChannelAxis is { } axis ? Op(layer).Permutation.IndexOf(axis) : null;
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => null;
}
