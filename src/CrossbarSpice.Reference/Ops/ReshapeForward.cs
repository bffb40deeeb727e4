using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Row-major reshape: the same values under the layer's shape.</summary>
public static class ReshapeForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">The op.</param>
    /// <param name="input">Input with as many elements as the layer's shape.</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The element counts differ.</exception>
    public static Tensor Apply(ReshapeLayer layer, Tensor input, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(input);
        var inference = layer.InferOutputShape(input.Shape);
        var shape = inference.Output ?? throw new ReferenceException(input.Name, $"{layer.TypeName}: {inference.Problem}");
        return new Tensor(outputName, shape, input.Values);
    }
}
