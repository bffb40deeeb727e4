using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Per-channel affine map over axis 0: y[c, …] = scale[c]·x[c, …] + shift[c].</summary>
public static class AffineForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">The op with its scale and shift.</param>
    /// <param name="input">[C, …] or [C].</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input does not have the layer's channels on axis 0.</exception>
    public static Tensor Apply(AffineLayer layer, Tensor input, string outputName)
    {
        var shape = VectorMath.OutputShape(layer, input);
        var per = AffineLayer.ElementsPerChannel(shape);
        var x = input.Values;
        var y = new double[x.Length];
        for (var c = 0; c < layer.Channels; c++)
        {
            var a = layer.Scale[c];
            var b = layer.Shift[c];
            for (var i = c * per; i < (c + 1) * per; i++)
            {
                y[i] = (a * x[i]) + b;
            }
        }

        return new Tensor(outputName, shape, y);
    }
}
