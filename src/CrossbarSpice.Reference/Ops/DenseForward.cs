using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Fully connected layer y = W·x + b on the last axis: [in] → [out], [T, in] → [T, out] and [H, W, in] → [H, W, out] per token.</summary>
public static class DenseForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">Weights [out × in] and optional bias.</param>
    /// <param name="input">[in], [T, in] or any […, in].</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input shape does not fit.</exception>
    public static Tensor Apply(DenseLayer layer, Tensor input, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var shape = VectorMath.OutputShape(layer, input);
        var inputs = layer.InputFeatures;
        var outputs = layer.OutputFeatures;
        var tokens = input.Length / inputs;
        var x = input.Values;
        var w = layer.Weight.Values;
        var y = new double[tokens * outputs];
        for (var t = 0; t < tokens; t++)
        {
            var token = x.Slice(t * inputs, inputs);
            for (var o = 0; o < outputs; o++)
            {
                y[(t * outputs) + o] = VectorMath.Dot(w.Slice(o * inputs, inputs), token) + (layer.Bias?[o] ?? 0.0);
            }
        }

        return new Tensor(outputName, shape, y);
    }
}
