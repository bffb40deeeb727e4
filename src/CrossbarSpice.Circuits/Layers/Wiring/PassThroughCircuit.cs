using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Wiring;

/// <summary>
/// A layer that is wiring only and keeps the row-major order of its values (flatten, reshape): no circuit, the
/// voltages pass unchanged, and no channel axis is known after it because the axes change.
/// </summary>
/// <typeparam name="TOp">The op.</typeparam>
public abstract class PassThroughCircuit<TOp> : LayerCircuitOf<TOp>
    where TOp : LayerOp
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
