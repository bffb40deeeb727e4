namespace CrossbarSpice.Circuits.Layers.Pooling;

/// <summary>Max pooling: priced as [P2]'s voltage selector (<c>max-pool</c>); the compiled design has no stage
/// circuit for it yet, so the staged levels refuse it with that reason.</summary>
public sealed class MaxPoolCircuit : PoolCircuit<Core.Network.MaxPool2dLayer>
{
    /// <inheritdoc />
    protected override string Module => "max-pool";

    /// <inheritdoc />
    protected override bool Average => false;

    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index) => UnknownLayerCircuit.Instance.Plan(planning, index);
}
