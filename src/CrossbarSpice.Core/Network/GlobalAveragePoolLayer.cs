using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// Global average pooling: [C, d1, d2, …] → [C], the mean over every axis after the first (summing resistors, [P0]
/// eq. 9). ONNX GlobalAveragePool keeps [C, 1, 1]; an importer maps it and the
/// flatten that usually follows onto this op.
/// </summary>
public sealed record GlobalAveragePoolLayer : UnaryLayerOp
{
    /// <inheritdoc/>
    public override string TypeName => "globalAvgPool";

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Rank < 2 || input.ElementCount == 0)
        {
            return ShapeInference.Failure($"expects a non-empty [C, H, W] or [C, N] input, gets {input}");
        }

        return ShapeInference.Success(new TensorShape(input[0]));
    }
}
