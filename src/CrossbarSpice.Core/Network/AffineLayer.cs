using System.Globalization;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// Per-channel affine map y_c = a_c·x + b_c over axis 0 of [C, H, W] (or [C, …]) or over the features of a vector
/// [N]: an inference-mode batch normalisation that has no dense or convolution layer to fold into, or a per-channel
/// Mul/Add of constants. <see cref="Scale"/> holds a, <see cref="Shift"/> b, one value per channel each.
/// </summary>
public sealed record AffineLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="scale">a, shape [C], finite.</param>
    /// <param name="shift">b, shape [C], finite.</param>
    /// <exception cref="ArgumentException">Shapes that are not [C] or differ, or non-finite values.</exception>
    public AffineLayer(Tensor scale, Tensor shift)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(shift);
        if (scale.Shape.Rank != 1 || scale.Length == 0)
        {
            throw new ArgumentException($"tensor '{scale.Name}' has shape {scale.Shape}, expected [C] with C ≥ 1", nameof(scale));
        }

        if (!shift.Shape.Equals(scale.Shape))
        {
            throw new ArgumentException($"tensor '{shift.Name}' has shape {shift.Shape}, expected {scale.Shape} as the scale", nameof(shift));
        }

        if (scale.IndexOfNonFinite() >= 0 || shift.IndexOfNonFinite() >= 0)
        {
            throw new ArgumentException($"tensor '{(scale.IndexOfNonFinite() >= 0 ? scale.Name : shift.Name)}' holds a non-finite value", nameof(scale));
        }

        Scale = scale;
        Shift = shift;
    }

    /// <summary>a_c, one per channel.</summary>
    public Tensor Scale { get; }

    /// <summary>b_c, one per channel.</summary>
    public Tensor Shift { get; }

    /// <summary>C, the number of channels.</summary>
    public int Channels => Scale.Length;

    /// <inheritdoc/>
    public override string TypeName => "affine";

    /// <summary>Elements of one channel in a tensor of <paramref name="input"/>'s shape (1 for a vector).</summary>
    public static int ElementsPerChannel(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.ElementCount / input[0];
    }

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Rank < 1 || input[0] != Channels)
        {
            return ShapeInference.Failure($"scales {Channels.ToString(CultureInfo.InvariantCulture)} channels on axis 0, gets {input}");
        }

        return ShapeInference.Success(input);
    }
}
