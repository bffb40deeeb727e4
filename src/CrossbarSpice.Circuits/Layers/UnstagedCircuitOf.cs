using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>
/// A layer kind that the levels up to <c>wired</c> evaluate but compiled designs have no stage for yet: the staged
/// levels (<c>characterised</c>, <c>spice</c>) refuse it with <see cref="NoStageReason"/>, naming the layer.
/// </summary>
/// <typeparam name="TOp">The op.</typeparam>
public abstract class UnstagedCircuitOf<TOp> : LayerCircuitOf<TOp>
    where TOp : LayerOp
{
    /// <inheritdoc />
    public override bool NeedsPeriphery => false;

    /// <summary>Why the layer has no stage, for the refusal.</summary>
    protected abstract string NoStageReason { get; }

    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.Add(new UnsupportedStage([planning.Layers[index].Name], NoStageReason));
        return 1;
    }
}
