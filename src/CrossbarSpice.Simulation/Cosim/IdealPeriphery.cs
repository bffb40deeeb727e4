using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Simulation.Cosim;

/// <summary>
/// The ideal periphery of the circuit path (<c>wired</c> level): what the activation, pooling, flatten, global-average
/// and normalisation circuits compute when they are perfect. Written here on purpose, independent of the software
/// reference it is compared with. Values are network units, tensors row-major [C, H, W] (tokens [H, W, C] in the
/// sequencer part, see <see cref="Permute"/>).
/// </summary>
internal static class IdealPeriphery
{
    /// <summary>Element-wise activation.</summary>
    public static double[] Activate(ActivationLayer layer, double[] x)
    {
        var y = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            y[i] = layer.Kind switch
            {
                ActivationKind.Relu => x[i] > 0 ? x[i] : 0.0,
                ActivationKind.Sigmoid => 1.0 / (1.0 + Math.Exp(-x[i])),
                ActivationKind.Tanh => Math.Tanh(x[i]),
                ActivationKind.Abs => Math.Abs(x[i]),
                ActivationKind.BoundedLinearTanh => Math.Clamp(layer.BoundedLinear!.Slope * x[i], -layer.BoundedLinear.Limit, layer.BoundedLinear.Limit),
                _ => throw new ArgumentOutOfRangeException(nameof(layer), layer.Kind, "unknown activation"),
            };
        }

        return y;
    }

    /// <summary>Average (padded zeros counted) or max (padding ignored) pooling of [C, H, W] into [C, H', W'].</summary>
    public static double[] Pool(Pool2dLayer layer, double[] x, int channels, int height, int width, int outHeight, int outWidth)
    {
        var average = layer is AveragePool2dLayer;
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

    /// <summary>Global average pooling: [C, rest…] → [C].</summary>
    public static double[] GlobalAverage(double[] x, int channels)
    {
        var per = x.Length / channels;
        var y = new double[channels];
        for (var c = 0; c < channels; c++)
        {
            var sum = 0.0;
            for (var i = 0; i < per; i++)
            {
                sum += x[(c * per) + i];
            }

            y[c] = sum / per;
        }

        return y;
    }

    /// <summary>Layer normalisation over trailing groups of <see cref="LayerNormLayer.NormalizedShape"/> elements.</summary>
    public static double[] Normalise(LayerNormLayer layer, double[] x)
    {
        var group = layer.NormalizedShape.ElementCount;
        var y = new double[x.Length];
        for (var start = 0; start < x.Length; start += group)
        {
            var mean = 0.0;
            for (var i = 0; i < group; i++)
            {
                mean += x[start + i];
            }

            mean /= group;
            var variance = 0.0;
            for (var i = 0; i < group; i++)
            {
                variance += (x[start + i] - mean) * (x[start + i] - mean);
            }

            var scale = 1.0 / Math.Sqrt((variance / group) + layer.Epsilon);
            for (var i = 0; i < group; i++)
            {
                var gamma = layer.Gamma is null ? 1.0 : layer.Gamma.Values[i];
                var beta = layer.Beta is null ? 0.0 : layer.Beta.Values[i];
                y[start + i] = ((x[start + i] - mean) * scale * gamma) + beta;
            }
        }

        return y;
    }

    /// <summary>Axis reordering (wiring only): see <see cref="PermuteLayer.SourceIndices"/>.</summary>
    public static double[] Permute(PermuteLayer layer, double[] x, IReadOnlyList<int> inputDimensions) =>
        [.. layer.SourceIndices(new TensorShape([.. inputDimensions])).Select(source => x[source])];
}
