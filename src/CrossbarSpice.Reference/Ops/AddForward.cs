using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Element-wise sum of two values of one shape (a residual skip): y[k] = a[k] + b[k].</summary>
public static class AddForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">The op (no parameters).</param>
    /// <param name="a">First input.</param>
    /// <param name="b">Second input, of <paramref name="a"/>'s shape.</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The shapes differ.</exception>
    public static Tensor Apply(AddLayer layer, Tensor a, Tensor b, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var inference = layer.InferOutputShape([a.Shape, b.Shape]);
        var shape = inference.Output ?? throw new ReferenceException(b.Name, $"{layer.TypeName}: {inference.Problem}");
        var x = a.Values;
        var z = b.Values;
        var y = new double[x.Length];
        for (var k = 0; k < y.Length; k++)
        {
            y[k] = x[k] + z[k];
        }

        return new Tensor(outputName, shape, y);
    }
}
