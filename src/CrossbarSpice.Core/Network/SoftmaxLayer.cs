using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// Softmax over the last axis (PyTorch <c>softmax(dim=-1)</c>, ONNX Softmax with axis −1): y_i = exp(x_i) / Σ_j exp(x_j)
/// within every group of the last axis' elements, e.g. the attention weights of [P2] eq. 2.
/// </summary>
public sealed record SoftmaxLayer : UnaryLayerOp
{
    /// <inheritdoc/>
    public override string TypeName => "softmax";

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Rank >= 1 && input.Dimensions[^1] >= 1
            ? ShapeInference.Success(input)
            : ShapeInference.Failure($"normalises over the last axis, gets input {input}");
    }
}
