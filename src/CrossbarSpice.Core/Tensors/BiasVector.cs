using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Core.Tensors;

/// <summary>
/// A trained bias, one finite dimensionless value per output, added after the weighted sum
/// (PyTorch <c>nn.Linear.bias</c>, <c>nn.Conv2d.bias</c>, <c>nn.LSTM.bias_ih_l0</c>, …).
/// </summary>
public sealed class BiasVector
{
    private readonly double[] values;

    /// <summary>Creates the vector, copying <paramref name="values"/>.</summary>
    /// <param name="name">Source tensor name, non-blank.</param>
    /// <param name="values">At least one finite value.</param>
    /// <exception cref="ArgumentException">Blank name, no values or a non-finite value.</exception>
    public BiasVector(string name, ReadOnlySpan<double> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (values.IsEmpty)
        {
            throw new ArgumentException("a bias vector holds at least one value", nameof(values));
        }

        foreach (var value in values)
        {
            Guard.Finite(value, nameof(values));
        }

        Name = name;
        this.values = values.ToArray();
    }

    /// <summary>Source tensor name.</summary>
    public string Name { get; }

    /// <summary>Number of values (outputs), ≥ 1.</summary>
    public int Length => values.Length;

    /// <summary>The values, one per output.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Bias of output <paramref name="index"/>.</summary>
    public double this[int index] => values[index];

    /// <summary>Wraps a rank-1 tensor.</summary>
    /// <exception cref="ArgumentException">The tensor is not rank 1, is empty or holds a non-finite value.</exception>
    public static BiasVector FromTensor(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.Shape.Rank != 1)
        {
            throw new ArgumentException($"tensor '{tensor.Name}' has shape {tensor.Shape}, expected a vector", nameof(tensor));
        }

        return new BiasVector(tensor.Name, tensor.Values);
    }

    /// <summary>The vector as a rank-1 float64 tensor.</summary>
    public Tensor ToTensor() => new(Name, new TensorShape(Length), values);

    /// <summary>Formats as <c>name [length]</c>.</summary>
    public override string ToString() => $"{Name} [{Length}]";
}
