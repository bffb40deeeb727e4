using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Row-major flattening [C, H, W] → [C·H·W]: the values unchanged, the shape one-dimensional.</summary>
public static class FlattenForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">The op (no parameters).</param>
    /// <param name="input">Any non-empty shape.</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input is empty.</exception>
    public static Tensor Apply(FlattenLayer layer, Tensor input, string outputName) =>
        new(outputName, VectorMath.OutputShape(layer, input), input.Values);
}
