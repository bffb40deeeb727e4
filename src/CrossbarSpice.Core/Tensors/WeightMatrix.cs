using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Core.Tensors;

/// <summary>
/// A trained weight matrix laid out [outputs × inputs], as PyTorch stores <c>nn.Linear.weight</c>: output j is
/// Σᵢ W[j, i]·x[i]. Dimensionless trained values, all finite. Distinct from conductances (siemens), which the mapping
/// stage derives from it.
/// </summary>
public sealed class WeightMatrix
{
    private readonly double[] values;

    /// <summary>Creates the matrix, copying <paramref name="values"/> (row-major, one row per output).</summary>
    /// <param name="name">Source tensor name, non-blank.</param>
    /// <param name="outputs">Rows, ≥ 1.</param>
    /// <param name="inputs">Columns, ≥ 1.</param>
    /// <param name="values">outputs·inputs finite values.</param>
    /// <exception cref="ArgumentException">Bad sizes, wrong value count or a non-finite value.</exception>
    public WeightMatrix(string name, int outputs, int inputs, ReadOnlySpan<double> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        if (values.Length != (long)outputs * inputs)
        {
            throw new ArgumentException($"a {outputs}×{inputs} matrix holds {(long)outputs * inputs} values, got {values.Length}", nameof(values));
        }

        foreach (var value in values)
        {
            Guard.Finite(value, nameof(values));
        }

        Name = name;
        Outputs = outputs;
        Inputs = inputs;
        this.values = values.ToArray();
    }

    /// <summary>Source tensor name.</summary>
    public string Name { get; }

    /// <summary>Number of outputs (rows), ≥ 1.</summary>
    public int Outputs { get; }

    /// <summary>Number of inputs (columns), ≥ 1.</summary>
    public int Inputs { get; }

    /// <summary>Row-major values, one row of <see cref="Inputs"/> per output.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Weight from input <paramref name="input"/> to output <paramref name="output"/>.</summary>
    public double this[int output, int input] =>
        (uint)output < (uint)Outputs && (uint)input < (uint)Inputs
            ? values[(output * Inputs) + input]
            : throw new ArgumentOutOfRangeException(nameof(output), $"({output}, {input}) outside {Outputs}×{Inputs}");

    /// <summary>The weights of one output, length <see cref="Inputs"/>.</summary>
    public ReadOnlySpan<double> Row(int output)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)output, (uint)Outputs, nameof(output));
        return values.AsSpan(output * Inputs, Inputs);
    }

    /// <summary>Wraps a rank-2 tensor [outputs, inputs].</summary>
    /// <exception cref="ArgumentException">The tensor is not rank 2, is empty or holds a non-finite value.</exception>
    public static WeightMatrix FromTensor(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.Shape.Rank != 2)
        {
            throw new ArgumentException($"tensor '{tensor.Name}' has shape {tensor.Shape}, expected [outputs, inputs]", nameof(tensor));
        }

        return new WeightMatrix(tensor.Name, tensor.Shape[0], tensor.Shape[1], tensor.Values);
    }

    /// <summary>The matrix as a [outputs, inputs] float64 tensor.</summary>
    public Tensor ToTensor() => new(Name, new TensorShape(Outputs, Inputs), values);

    /// <summary>Formats as <c>name [outputs×inputs]</c>.</summary>
    public override string ToString() => $"{Name} [{Outputs}×{Inputs}]";
}
