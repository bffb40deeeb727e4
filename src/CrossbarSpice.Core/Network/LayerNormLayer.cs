using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// Layer normalisation (PyTorch <c>nn.LayerNorm</c>, ONNX LayerNormalization): over the trailing
/// <see cref="NormalizedShape"/> axes, y = (x − mean) / √(var + ε) · γ + β, with the biased variance.
/// </summary>
public sealed record LayerNormLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="normalizedShape">Trailing axes normalised together, rank ≥ 1, non-empty.</param>
    /// <param name="gamma">Scale γ with shape <paramref name="normalizedShape"/>, finite; null means 1.</param>
    /// <param name="beta">Offset β with shape <paramref name="normalizedShape"/>, finite; null means 0.</param>
    /// <param name="epsilon">ε added to the variance; finite, &gt; 0. PyTorch default 1e-5.</param>
    /// <exception cref="ArgumentException">Shapes that disagree, non-finite values or ε ≤ 0.</exception>
    public LayerNormLayer(TensorShape normalizedShape, Tensor? gamma, Tensor? beta, double epsilon = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(normalizedShape);
        if (normalizedShape.Rank == 0 || normalizedShape.ElementCount == 0)
        {
            throw new ArgumentException($"normalized shape {normalizedShape} is empty", nameof(normalizedShape));
        }

        CheckAffine(gamma, normalizedShape, nameof(gamma));
        CheckAffine(beta, normalizedShape, nameof(beta));
        if (!double.IsFinite(epsilon) || epsilon <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "must be finite and > 0");
        }

        NormalizedShape = normalizedShape;
        Gamma = gamma;
        Beta = beta;
        Epsilon = epsilon;
    }

    /// <summary>Trailing axes normalised together, e.g. [N] for a feature vector.</summary>
    public TensorShape NormalizedShape { get; }

    /// <summary>Scale γ (shape <see cref="NormalizedShape"/>), or null for 1.</summary>
    public Tensor? Gamma { get; }

    /// <summary>Offset β (shape <see cref="NormalizedShape"/>), or null for 0.</summary>
    public Tensor? Beta { get; }

    /// <summary>ε added to the variance; &gt; 0.</summary>
    public double Epsilon { get; }

    /// <inheritdoc/>
    public override string TypeName => "layerNorm";

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rank = NormalizedShape.Rank;
        if (input.Rank < rank || !input.Dimensions.AsSpan()[(input.Rank - rank)..].SequenceEqual(NormalizedShape.Dimensions.AsSpan()))
        {
            return ShapeInference.Failure($"normalises trailing axes {NormalizedShape}, gets input {input}");
        }

        return ShapeInference.Success(input);
    }

    private static void CheckAffine(Tensor? tensor, TensorShape shape, string name)
    {
        if (tensor is null)
        {
            return;
        }

        if (!tensor.Shape.Equals(shape))
        {
            throw new ArgumentException($"tensor '{tensor.Name}' has shape {tensor.Shape}, expected {shape}", name);
        }

        if (tensor.IndexOfNonFinite() >= 0)
        {
            throw new ArgumentException($"tensor '{tensor.Name}' holds a non-finite value", name);
        }
    }
}
