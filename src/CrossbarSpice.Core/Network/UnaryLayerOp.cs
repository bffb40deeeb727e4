using System.Globalization;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>An op with exactly one input value (every op of the architecture format).</summary>
public abstract record UnaryLayerOp : LayerOp
{
    /// <inheritdoc/>
    public sealed override int InputCount => 1;

    /// <inheritdoc/>
    public sealed override ShapeInference InferOutputShape(IReadOnlyList<TensorShape> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Count == 1
            ? InferOutputShape(inputs[0])
            : ShapeInference.Failure($"takes one input, gets {inputs.Count.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Output shape for one input shape, or the reason it does not fit.</summary>
    public abstract ShapeInference InferOutputShape(TensorShape input);
}
