using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Global average pooling [C, d1, d2, …] → [C]: the mean of each channel over every other axis.</summary>
public static class GlobalAveragePoolForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">The op (no parameters).</param>
    /// <param name="input">[C, …], rank ≥ 2.</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input shape does not fit.</exception>
    public static Tensor Apply(GlobalAveragePoolLayer layer, Tensor input, string outputName)
    {
        var shape = VectorMath.OutputShape(layer, input);
        var channels = shape[0];
        var per = input.Length / channels;
        var x = input.Values;
        var y = new double[channels];
        for (var c = 0; c < channels; c++)
        {
            var sum = 0.0;
            foreach (var value in x.Slice(c * per, per))
            {
                sum += value;
            }

            y[c] = sum / per;
        }

        return new Tensor(outputName, shape, y);
    }
}
