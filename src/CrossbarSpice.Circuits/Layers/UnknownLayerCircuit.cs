using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>What a layer kind without a catalog entry gets: no crossbar, no circuit (an <see cref="UnsupportedStage"/>
/// saying so), no wired evaluation, no module to price.</summary>
public sealed class UnknownLayerCircuit : LayerCircuit
{
    private UnknownLayerCircuit()
    {
    }

    /// <summary>The one instance.</summary>
    public static UnknownLayerCircuit Instance { get; } = new();

    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        planning.Add(new UnsupportedStage([layer.Name], $"layer type {layer.Op.TypeName} has no periphery circuit in the compiled design yet"));
        return 1;
    }

    /// <inheritdoc />
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(layer);
        throw new InvalidOperationException($"layer {layer.Name} was accepted but has no circuit");
    }

    /// <inheritdoc />
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(layer);
        throw new InputException(new SourceLocation(null, Field: layer.Name), $"no peripheral circuit for layer type {layer.Op.TypeName}");
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.Other;
}
