using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Architecture;

/// <summary>What a type-specific layer parser extracts: tensors, trailing activation, and how to build the op.</summary>
internal sealed record LayerParts(
    IReadOnlyList<TensorRequirement> Tensors,
    ActivationLayer? Activation,
    Func<IReadOnlyDictionary<string, Tensor>, LayerOp> Build)
{
    /// <summary>A layer without tensors or activation.</summary>
    public static LayerParts Plain(LayerOp op) => new([], null, _ => op);
}
