using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>Outcome of a layer's shape inference: the output shape, or what is wrong with the input shape.</summary>
/// <param name="Output">Output shape when the input fits, else null.</param>
/// <param name="Problem">Why the input does not fit, e.g. <c>expects 784 inputs, gets 783</c>; null on success.</param>
public readonly record struct ShapeInference(TensorShape? Output, string? Problem)
{
    /// <summary>True when <see cref="Output"/> is set.</summary>
    public bool IsSuccess => Output is not null;

    /// <summary>A successful inference.</summary>
    public static ShapeInference Success(TensorShape output) => new(output, null);

    /// <summary>A successful inference with the shape of <paramref name="dimensions"/>, or a failure naming them when
    /// they hold more than <see cref="TensorShape.MaxElements"/> elements (sizes that came from a file).</summary>
    public static ShapeInference Success(params ReadOnlySpan<long> dimensions) =>
        TensorShape.TryCreate(dimensions, out var shape)
            ? Success(shape)
            : Failure($"the output {TensorShape.Format(dimensions)} holds more than 2^31 − 1 elements");

    /// <summary>A failed inference with a message that names what was expected and what was given.</summary>
    public static ShapeInference Failure(string problem) => new(null, problem);
}
