using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Softmax over the last axis, float64, shifted by each group's maximum (exact, no overflow).</summary>
public static class SoftmaxForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">The op.</param>
    /// <param name="input">Input of rank ≥ 1.</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input does not fit.</exception>
    public static Tensor Apply(SoftmaxLayer layer, Tensor input, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(input);
        var inference = layer.InferOutputShape(input.Shape);
        var shape = inference.Output ?? throw new ReferenceException(input.Name, $"{layer.TypeName}: {inference.Problem}");
        var x = input.Values;
        var y = new double[x.Length];
        var group = shape.Dimensions[^1];
        for (var start = 0; start < x.Length; start += group)
        {
            var max = double.NegativeInfinity;
            for (var i = 0; i < group; i++)
            {
                max = Math.Max(max, x[start + i]);
            }

            var sum = 0.0;
            for (var i = 0; i < group; i++)
            {
                y[start + i] = Math.Exp(x[start + i] - max);
                sum += y[start + i];
            }

            for (var i = 0; i < group; i++)
            {
                y[start + i] /= sum;
            }
        }

        return new Tensor(outputName, shape, y);
    }
}
