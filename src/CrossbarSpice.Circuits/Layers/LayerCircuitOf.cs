using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>A <see cref="LayerCircuit"/> of one op type <typeparamref name="TOp"/>: gives its entries the typed op.</summary>
/// <typeparam name="TOp">The op.</typeparam>
public abstract class LayerCircuitOf<TOp> : LayerCircuit
    where TOp : LayerOp
{
    /// <summary>The op of <paramref name="layer"/>, which the registry has matched to this entry.</summary>
    protected static TOp Op(LayerNode layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return (TOp)layer.Op;
    }
}
