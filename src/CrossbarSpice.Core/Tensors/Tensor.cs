namespace CrossbarSpice.Core.Tensors;

/// <summary>
/// A named dense tensor as read from a weights file: float64 values in row-major order (last index fastest),
/// its shape, and the element type it had in the file. Immutable; values may be non-finite (validation reports them).
/// Values are the trained parameters, dimensionless.
/// </summary>
public sealed class Tensor
{
    private readonly double[] values;

    /// <summary>Creates a tensor, copying <paramref name="values"/>.</summary>
    /// <param name="name">Name in its source (npz entry, safetensors key, CSV file), non-blank.</param>
    /// <param name="shape">Shape; its element count must equal the number of values.</param>
    /// <param name="values">Row-major values.</param>
    /// <param name="sourceType">Element type in the source file.</param>
    /// <exception cref="ArgumentException">Blank name or value count not matching the shape.</exception>
    public Tensor(string name, TensorShape shape, ReadOnlySpan<double> values, TensorDataType sourceType = TensorDataType.Float64)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(shape);
        if (values.Length != shape.ElementCount)
        {
            throw new ArgumentException($"shape {shape} holds {shape.ElementCount} values, got {values.Length}", nameof(values));
        }

        Name = name;
        Shape = shape;
        this.values = values.ToArray();
        SourceType = sourceType;
    }

    /// <summary>Name in its source: the npz entry without <c>.npy</c>, the safetensors key, or the CSV reference.</summary>
    public string Name { get; }

    /// <summary>Shape, outermost dimension first.</summary>
    public TensorShape Shape { get; }

    /// <summary>Element type in the source file.</summary>
    public TensorDataType SourceType { get; }

    /// <summary>Row-major values (float64).</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Number of elements (= <see cref="TensorShape.ElementCount"/>).</summary>
    public int Length => values.Length;

    /// <summary>Value at a row-major flat index in [0, <see cref="Length"/>).</summary>
    public double this[int flatIndex] => values[flatIndex];

    /// <summary>Value at a multi-index (one index per dimension).</summary>
    public double At(params ReadOnlySpan<int> index) => values[Shape.FlatIndex(index)];

    /// <summary>Flat index of the first NaN or infinite value, or −1 when all are finite.</summary>
    public int IndexOfNonFinite()
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The same values under another shape with the same element count (row-major reinterpretation).</summary>
    /// <exception cref="ArgumentException">Element counts differ.</exception>
    public Tensor Reshape(TensorShape shape) => new(Name, shape, values, SourceType);

    /// <summary>The same values and shape under another name.</summary>
    public Tensor Rename(string name) => new(name, Shape, values, SourceType);

    /// <summary>Formats as <c>name [shape] float32</c>.</summary>
    public override string ToString() => $"{Name} {Shape} {SourceType.DisplayName()}";
}
