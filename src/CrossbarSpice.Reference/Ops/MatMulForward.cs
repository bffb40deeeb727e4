using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Batched matrix product of two computed values, float64: y[…, m, n] = Σ_k a[…, m, k]·b[…, k, n].</summary>
public static class MatMulForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">The op (no parameters).</param>
    /// <param name="a">Left operand […, M, K].</param>
    /// <param name="b">Right operand […, K, N].</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The shapes do not fit.</exception>
    public static Tensor Apply(MatMulLayer layer, Tensor a, Tensor b, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var inference = layer.InferOutputShape([a.Shape, b.Shape]);
        var shape = inference.Output ?? throw new ReferenceException(b.Name, $"{layer.TypeName}: {inference.Problem}");
        return new Tensor(outputName, shape, Multiply(a.Values, b.Values, a.Shape.Dimensions[^2], a.Shape.Dimensions[^1], b.Shape.Dimensions[^1]));
    }

    /// <summary>The batched product of row-major blocks [M, K] × [K, N], as many as the lengths hold.</summary>
    public static double[] Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int m, int k, int n)
    {
        var batches = a.Length / (m * k);
        var y = new double[batches * m * n];
        for (var s = 0; s < batches; s++)
        {
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    var sum = 0.0;
                    for (var q = 0; q < k; q++)
                    {
                        sum += a[(s * m * k) + (i * k) + q] * b[(s * k * n) + (q * n) + j];
                    }

                    y[(s * m * n) + (i * n) + j] = sum;
                }
            }
        }

        return y;
    }
}
