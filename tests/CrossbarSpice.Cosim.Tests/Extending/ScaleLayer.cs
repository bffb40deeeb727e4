using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Cosim.Tests.Extending;

/// <summary>
/// The worked example of docs/extending.md, step 1: a new layer op, y_i = g_i · x_i on the last axis (a per-feature
/// gain, e.g. a folded normalisation scale). Shapes are per sample; any leading axes are tokens.
/// </summary>
public sealed record ScaleLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="gains">One gain per feature.</param>
    public ScaleLayer(BiasVector gains)
    {
        ArgumentNullException.ThrowIfNull(gains);
        Gains = gains;
    }

    /// <summary>The gains, one per feature.</summary>
    public BiasVector Gains { get; }

    /// <summary>Features, the length of the last axis.</summary>
    public int Features => Gains.Length;

    /// <inheritdoc />
    public override string TypeName => "scale";

    /// <inheritdoc />
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Rank >= 1 && input[-1] == Features
            ? ShapeInference.Success(input)
            : ShapeInference.Failure($"expects {Features} features on the last axis, gets {input}");
    }
}
