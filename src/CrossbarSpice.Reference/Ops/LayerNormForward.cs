using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>
/// Layer normalisation over the trailing normalised axes (PyTorch <c>nn.LayerNorm</c>):
/// y = (x − mean) / √(var + ε)·γ + β with the biased variance (divided by N), each group of N elements separately.
/// </summary>
public static class LayerNormForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">Normalised shape, γ, β (null: 1 and 0) and ε.</param>
    /// <param name="input">Any shape whose trailing axes equal the normalised shape.</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input shape does not fit.</exception>
    public static Tensor Apply(LayerNormLayer layer, Tensor input, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var shape = VectorMath.OutputShape(layer, input);
        var n = layer.NormalizedShape.ElementCount;
        var x = input.Values;
        var y = new double[x.Length];
        for (var start = 0; start < x.Length; start += n)
        {
            var group = x.Slice(start, n);
            var mean = 0.0;
            foreach (var value in group)
            {
                mean += value;
            }

            mean /= n;
            var variance = 0.0;
            foreach (var value in group)
            {
                variance += (value - mean) * (value - mean);
            }

            var scale = 1.0 / Math.Sqrt((variance / n) + layer.Epsilon);
            for (var k = 0; k < n; k++)
            {
                y[start + k] = ((group[k] - mean) * scale * (layer.Gamma?[k] ?? 1.0)) + (layer.Beta?[k] ?? 0.0);
            }
        }

        return new Tensor(outputName, shape, y);
    }
}
