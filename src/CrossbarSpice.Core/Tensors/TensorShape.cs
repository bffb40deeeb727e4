using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CrossbarSpice.Core.Tensors;

/// <summary>
/// Dimensions of a tensor, outermost first (row-major). Shapes in the network IR are per sample: no batch
/// dimension. A rank-0 shape (<c>[]</c>) is a scalar with one element.
/// </summary>
public sealed class TensorShape : IEquatable<TensorShape>
{
    /// <summary>Creates a shape; every dimension must be ≥ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative dimension, or more than <see cref="int.MaxValue"/> elements.</exception>
    public TensorShape(params ReadOnlySpan<int> dimensions)
    {
        long count = 1;
        foreach (var dimension in dimensions)
        {
            if (dimension < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(dimensions), dimension, "dimensions must be >= 0");
            }

            count *= dimension;
            if (count > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(dimensions), "a tensor holds at most int.MaxValue elements");
            }
        }

        Dimensions = [.. dimensions];
        ElementCount = (int)count;
    }

    /// <summary>The most elements a tensor holds, <see cref="int.MaxValue"/> (2^31 − 1).</summary>
    public const int MaxElements = int.MaxValue;

    /// <summary>
    /// The shape of <paramref name="dimensions"/>, or false when one is negative or above <see cref="int.MaxValue"/>
    /// or their product exceeds <see cref="MaxElements"/>: sizes read from files go through here so that a huge or
    /// corrupt size becomes an input error naming the file instead of an exception from the constructor.
    /// </summary>
    public static bool TryCreate(ReadOnlySpan<long> dimensions, [NotNullWhen(true)] out TensorShape? shape)
    {
        shape = null;
        long count = 1;
        foreach (var dimension in dimensions)
        {
            if (dimension < 0 || dimension > MaxElements)
            {
                return false;
            }

            // count ≤ 2^31 − 1 and dimension ≤ 2^31 − 1: the product fits in a long.
            count *= dimension;
            if (count > MaxElements)
            {
                return false;
            }
        }

        var ints = new int[dimensions.Length];
        for (var i = 0; i < ints.Length; i++)
        {
            ints[i] = (int)dimensions[i];
        }

        shape = new TensorShape(ints);
        return true;
    }

    /// <summary>Formats dimensions that may not make a shape, like <c>[3, 4]</c>, for messages.</summary>
    public static string Format(ReadOnlySpan<long> dimensions)
    {
        var parts = new string[dimensions.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = dimensions[i].ToString(CultureInfo.InvariantCulture);
        }

        return "[" + string.Join(", ", parts) + "]";
    }

    /// <summary>The dimensions, outermost first; each ≥ 0.</summary>
    public ImmutableArray<int> Dimensions { get; }

    /// <summary>Number of dimensions, ≥ 0.</summary>
    public int Rank => Dimensions.Length;

    /// <summary>Product of the dimensions (1 for a scalar), ≥ 0.</summary>
    public int ElementCount { get; }

    /// <summary>Dimension <paramref name="axis"/>; negative axes count from the end (−1 is the last).</summary>
    public int this[int axis] => Dimensions[axis < 0 ? Rank + axis : axis];

    /// <summary>Row-major flat index of a multi-index; each index in [0, dimension).</summary>
    /// <exception cref="ArgumentException">Wrong number of indices or one out of range.</exception>
    public int FlatIndex(params ReadOnlySpan<int> index)
    {
        if (index.Length != Rank)
        {
            throw new ArgumentException($"expected {Rank} indices, got {index.Length}", nameof(index));
        }

        var flat = 0;
        for (var axis = 0; axis < Rank; axis++)
        {
            if ((uint)index[axis] >= (uint)Dimensions[axis])
            {
                throw new ArgumentException($"index {index[axis]} out of range [0, {Dimensions[axis]}) on axis {axis}", nameof(index));
            }

            flat = (flat * Dimensions[axis]) + index[axis];
        }

        return flat;
    }

    /// <summary>Multi-index of a row-major flat index, formatted like <c>[3, 17]</c> for messages.</summary>
    public string FormatIndex(int flatIndex)
    {
        var index = new int[Rank];
        for (var axis = Rank - 1; axis >= 0; axis--)
        {
            var dimension = Dimensions[axis];
            index[axis] = dimension == 0 ? 0 : flatIndex % dimension;
            flatIndex = dimension == 0 ? 0 : flatIndex / dimension;
        }

        return "[" + string.Join(", ", index.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]";
    }

    /// <summary>Formats as <c>[1, 28, 28]</c>.</summary>
    public override string ToString() =>
        "[" + string.Join(", ", Dimensions.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";

    /// <inheritdoc/>
    public bool Equals(TensorShape? other) =>
        other is not null && Dimensions.AsSpan().SequenceEqual(other.Dimensions.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TensorShape);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var dimension in Dimensions)
        {
            hash.Add(dimension);
        }

        return hash.ToHashCode();
    }
}
