using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>Row-major flattening of the whole per-sample tensor: [C, H, W] → [C·H·W] (PyTorch <c>nn.Flatten()</c>).</summary>
public sealed record FlattenLayer : UnaryLayerOp
{
    /// <inheritdoc/>
    public override string TypeName => "flatten";

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.ElementCount == 0
            ? ShapeInference.Failure($"expects a non-empty input, gets {input}")
            : ShapeInference.Success(new TensorShape(input.ElementCount));
    }
}
