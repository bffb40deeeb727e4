using System.Globalization;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// Matrix product of two computed values (ONNX MatMul with two data inputs; QKᵀ and softmax(·)·V of [P2] eqs. 2–4):
/// a [… , M, K] × b [… , K, N] → [… , M, N], the leading axes (e.g. heads) equal in both and taken pairwise (no
/// broadcasting). Unlike <see cref="DenseLayer"/> neither operand is a trained weight, so no crossbar holds one.
/// </summary>
public sealed record MatMulLayer : LayerOp
{
    /// <inheritdoc/>
    public override string TypeName => "matMul";

    /// <inheritdoc/>
    public override int InputCount => 2;

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(IReadOnlyList<TensorShape> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count != 2)
        {
            return ShapeInference.Failure($"takes two inputs, gets {inputs.Count.ToString(CultureInfo.InvariantCulture)}");
        }

        var (a, b) = (inputs[0], inputs[1]);
        if (a.Rank < 2 || a.Rank != b.Rank)
        {
            return ShapeInference.Failure($"multiplies two values of one rank ≥ 2 ([…, M, K] × […, K, N], no broadcasting), gets {a} and {b}");
        }

        var leading = a.Dimensions.AsSpan()[..^2];
        if (!leading.SequenceEqual(b.Dimensions.AsSpan()[..^2]) || a.Dimensions[^1] != b.Dimensions[^2])
        {
            return ShapeInference.Failure($"multiplies […, M, K] × […, K, N] with equal leading axes (no broadcasting), gets {a} and {b}");
        }

        return ShapeInference.Success(new TensorShape([.. leading, a.Dimensions[^2], b.Dimensions[^1]]));
    }
}
