using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Wiring;

/// <summary>Flatten: wiring only, the voltages pass unchanged.</summary>
public sealed class FlattenCircuit : LayerCircuitOf<FlattenLayer>
{
    /// <inheritdoc />
    public override bool NeedsPeriphery => false;

    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.Add(new WiringStage([planning.Layers[index].Name]));
        return 1;
    }

    /// <inheritdoc />
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(x);
        return (double[])x.Clone();
    }

    /// <inheritdoc />
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.ChannelAxis = null;
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => null;
}
