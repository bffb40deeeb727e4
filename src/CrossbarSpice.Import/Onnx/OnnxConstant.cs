using System.Globalization;

namespace CrossbarSpice.Import.Onnx;

/// <summary>
/// A value of an ONNX graph known at import time (an initializer, a Constant node, or shape arithmetic folded from
/// them): dimensions and row-major values as float64. Integer tensors (shapes, indices, axes) keep
/// <see cref="IsInteger"/> so that folded shape arithmetic stays integral.
/// </summary>
/// <param name="Dimensions">The ONNX dimensions, each ≥ 0; empty for a scalar.</param>
/// <param name="Values">Row-major values, as many as the dimensions' product.</param>
/// <param name="IsInteger">True for integer and boolean element types.</param>
internal sealed record OnnxConstant(IReadOnlyList<int> Dimensions, double[] Values, bool IsInteger)
{
    /// <summary>Number of elements.</summary>
    public int Length => Values.Length;

    /// <summary>Rank (0 for a scalar).</summary>
    public int Rank => Dimensions.Count;

    /// <summary>A 1-D integer constant.</summary>
    public static OnnxConstant Integers(IReadOnlyList<long> values) => new([values.Count], [.. values.Select(v => (double)v)], IsInteger: true);

    /// <summary>The values as 64-bit integers (truncated toward zero).</summary>
    public long[] AsIntegers() => [.. Values.Select(v => (long)v)];

    /// <summary>The dimensions' product.</summary>
    public static int CountOf(IReadOnlyList<int> dimensions) => dimensions.Aggregate(1, (product, d) => checked(product * d));

    /// <summary>Row-major strides of <paramref name="dimensions"/>.</summary>
    public static int[] StridesOf(IReadOnlyList<int> dimensions)
    {
        var strides = new int[dimensions.Count];
        var stride = 1;
        for (var axis = dimensions.Count - 1; axis >= 0; axis--)
        {
            strides[axis] = stride;
            stride *= dimensions[axis];
        }

        return strides;
    }

    /// <summary>Formats the dimensions as <c>[2, 3]</c>.</summary>
    public static string Format(IReadOnlyList<int> dimensions) =>
        "[" + string.Join(", ", dimensions.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";
}
