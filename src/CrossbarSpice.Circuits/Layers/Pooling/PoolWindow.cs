using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Pooling;

/// <summary>The windows of a 2-D pooling layer over [C, H, W], and what a perfect pooling circuit makes of them.</summary>
internal static class PoolWindow
{
    /// <summary>The window of output element <paramref name="lane"/> ([C, H', W'] row-major); padded positions are <paramref name="zero"/>.</summary>
    public static T[] Of<T>(Pool2dLayer pool, T[] x, TensorShape inShape, TensorShape outShape, int lane, T zero)
    {
        int height = inShape[1], width = inShape[2], outHeight = outShape[1], outWidth = outShape[2];
        int c = lane / (outHeight * outWidth), i = lane / outWidth % outHeight, j = lane % outWidth;
        int kh = pool.Kernel.Height, kw = pool.Kernel.Width;
        var window = new T[kh * kw];
        for (var ky = 0; ky < kh; ky++)
        {
            for (var kx = 0; kx < kw; kx++)
            {
                var r = (i * pool.Stride.Height) - pool.Padding.Height + ky;
                var s = (j * pool.Stride.Width) - pool.Padding.Width + kx;
                window[(ky * kw) + kx] = r >= 0 && r < height && s >= 0 && s < width ? x[(((c * height) + r) * width) + s] : zero;
            }
        }

        return window;
    }

    /// <summary>
    /// The window of output element <paramref name="lane"/> for a max: padded positions repeat the window's first
    /// real element (a max ignores padding, and a repeated input does not change it).
    /// </summary>
    /// <exception cref="InvalidOperationException">The window lies wholly in the padding (see <see cref="HasWindowInPadding"/>).</exception>
    public static T[] OfMax<T>(Pool2dLayer pool, T[] x, TensorShape inShape, TensorShape outShape, int lane)
    {
        int height = inShape[1], width = inShape[2], outHeight = outShape[1], outWidth = outShape[2];
        int i = lane / outWidth % outHeight, j = lane % outWidth;
        int kh = pool.Kernel.Height, kw = pool.Kernel.Width;
        var inside = new bool[kh * kw];
        var first = -1;
        for (var k = 0; k < inside.Length; k++)
        {
            var r = (i * pool.Stride.Height) - pool.Padding.Height + (k / kw);
            var s = (j * pool.Stride.Width) - pool.Padding.Width + (k % kw);
            inside[k] = r >= 0 && r < height && s >= 0 && s < width;
            first = first < 0 && inside[k] ? k : first;
        }

        if (first < 0)
        {
            throw new InvalidOperationException($"window {lane} lies wholly in the padding");
        }

        var window = Of(pool, x, inShape, outShape, lane, default(T)!);
        for (var k = 0; k < window.Length; k++)
        {
            window[k] = inside[k] ? window[k] : window[first];
        }

        return window;
    }

    /// <summary>True when some window of <paramref name="pool"/> over <paramref name="inShape"/> holds padding only
    /// (padding ≥ kernel, which PyTorch refuses but a hand-written architecture may have).</summary>
    public static bool HasWindowInPadding(Pool2dLayer pool, TensorShape inShape, TensorShape outShape) =>
        Outside(inShape[1], outShape[1], pool.Kernel.Height, pool.Stride.Height, pool.Padding.Height)
        || Outside(inShape[2], outShape[2], pool.Kernel.Width, pool.Stride.Width, pool.Padding.Width);

    /// <summary>Average (padded zeros counted) or max (padding ignored) pooling of [C, H, W] into [C, H', W'].</summary>
    public static double[] Ideal(Pool2dLayer layer, double[] x, TensorShape inShape, TensorShape outShape, bool average)
    {
        int channels = inShape[0], height = inShape[1], width = inShape[2], outHeight = outShape[1], outWidth = outShape[2];
        int kh = layer.Kernel.Height, kw = layer.Kernel.Width;
        var y = new double[channels * outHeight * outWidth];
        for (var c = 0; c < channels; c++)
        {
            for (var i = 0; i < outHeight; i++)
            {
                for (var j = 0; j < outWidth; j++)
                {
                    var sum = 0.0;
                    var best = double.NegativeInfinity;
                    for (var ky = 0; ky < kh; ky++)
                    {
                        for (var kx = 0; kx < kw; kx++)
                        {
                            var r = (i * layer.Stride.Height) - layer.Padding.Height + ky;
                            var s = (j * layer.Stride.Width) - layer.Padding.Width + kx;
                            if (r >= 0 && r < height && s >= 0 && s < width)
                            {
                                var v = x[(((c * height) + r) * width) + s];
                                sum += v;
                                best = Math.Max(best, v);
                            }
                        }
                    }

                    y[(((c * outHeight) + i) * outWidth) + j] = average ? sum / (kh * kw) : best;
                }
            }
        }

        return y;
    }

    private static bool Outside(int length, int outLength, int kernel, int stride, int padding) =>
        Enumerable.Range(0, outLength).Any(o => (o * stride) - padding + kernel - 1 < 0 || (o * stride) - padding >= length);
}
