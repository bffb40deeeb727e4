using System.Numerics;
using System.Runtime.InteropServices;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Dot products and input checks shared by the reference kernels (float64).</summary>
internal static class VectorMath
{
    /// <summary>Σ a[i]·b[i] over equal-length spans, SIMD-accumulated in a fixed order (deterministic).</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var length = a.Length;
        var i = 0;
        var sum = 0.0;
        if (Vector.IsHardwareAccelerated && length >= 2 * Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            var acc = Vector<double>.Zero;
            for (var v = 0; v < va.Length; v++)
            {
                acc += va[v] * vb[v];
            }

            sum = Vector.Sum(acc);
            i = va.Length * Vector<double>.Count;
        }

        for (; i < length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>The op's output shape for <paramref name="input"/>, or a <see cref="ReferenceException"/> naming the value.</summary>
    public static Core.Tensors.TensorShape OutputShape(Core.Network.UnaryLayerOp op, Core.Tensors.Tensor input)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(input);
        var inference = op.InferOutputShape(input.Shape);
        return inference.Output ?? throw new ReferenceException(input.Name, $"{op.TypeName}: {inference.Problem}");
    }
}
