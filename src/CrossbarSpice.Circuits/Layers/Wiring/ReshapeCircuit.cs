using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Wiring;

/// <summary>Reshape (e.g. between attention heads): wiring only, the voltages pass unchanged in row-major order.</summary>
public sealed class ReshapeCircuit : LayerCircuitOf<ReshapeLayer>
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

    /// <summary>The axes change, so no channel axis is known after it (as after a flatten).</summary>
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.ChannelAxis = null;
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => null;
}
