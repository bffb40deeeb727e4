using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>An element-wise activation; the output shape equals the input shape.</summary>
public sealed record ActivationLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="kind">The function.</param>
    /// <param name="boundedLinear">Parameters of <see cref="ActivationKind.BoundedLinearTanh"/> ([P3] values when null);
    /// must be null for every other kind.</param>
    /// <exception cref="ArgumentException">Parameters given for a kind that has none, or an undefined kind.</exception>
    public ActivationLayer(ActivationKind kind, BoundedLinearTanhParameters? boundedLinear = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown activation");
        }

        if (kind != ActivationKind.BoundedLinearTanh && boundedLinear is not null)
        {
            throw new ArgumentException($"{kind} takes no parameters", nameof(boundedLinear));
        }

        Kind = kind;
        BoundedLinear = kind == ActivationKind.BoundedLinearTanh ? boundedLinear ?? BoundedLinearTanhParameters.Seed003 : null;
    }

    /// <summary>The function.</summary>
    public ActivationKind Kind { get; }

    /// <summary>Slope and rails when <see cref="Kind"/> is <see cref="ActivationKind.BoundedLinearTanh"/>, else null.</summary>
    public BoundedLinearTanhParameters? BoundedLinear { get; }

    /// <inheritdoc/>
    public override string TypeName => "activation";

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ShapeInference.Success(input);
    }
}
