using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// Row-major reshape of the per-sample tensor to <see cref="Shape"/> (the same numbers in the same order; PyTorch
/// <c>reshape</c>/<c>view</c>), e.g. [T, d] → [T, heads, d/heads] between attention heads: wiring, no circuit.
/// </summary>
public sealed record ReshapeLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="shape">Output shape, rank ≥ 1, non-empty.</param>
    /// <exception cref="ArgumentException">An empty shape.</exception>
    public ReshapeLayer(TensorShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Rank == 0 || shape.ElementCount == 0)
        {
            throw new ArgumentException($"reshape target {shape} is empty", nameof(shape));
        }

        Shape = shape;
    }

    /// <summary>The output shape.</summary>
    public TensorShape Shape { get; }

    /// <inheritdoc/>
    public override string TypeName => "reshape";

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.ElementCount == Shape.ElementCount
            ? ShapeInference.Success(Shape)
            : ShapeInference.Failure($"reshapes to {Shape} ({Shape.ElementCount} elements), gets input {input} ({input.ElementCount} elements)");
    }
}
