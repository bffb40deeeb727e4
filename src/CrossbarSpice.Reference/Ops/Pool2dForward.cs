using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>
/// 2-D pooling over each channel of [C, H, W]: average (padded zeros counted in the mean, PyTorch
/// count_include_pad = True) or maximum (padding acts as −∞). Output size ⌊(H + 2p − k)/s⌋ + 1 (floor mode).
/// </summary>
public static class Pool2dForward
{
    /// <summary>Average pooling: the mean of each kH×kW window, divided by kH·kW whatever the padding.</summary>
    /// <param name="layer">Window, stride and padding.</param>
    /// <param name="input">[C, H, W].</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input shape does not fit.</exception>
    public static Tensor Average(AveragePool2dLayer layer, Tensor input, string outputName) =>
        Pool(layer, input, outputName, average: true);

    /// <summary>Max pooling: the largest value of each window (padded positions never win).</summary>
    /// <param name="layer">Window, stride and padding.</param>
    /// <param name="input">[C, H, W].</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input shape does not fit.</exception>
    public static Tensor Max(MaxPool2dLayer layer, Tensor input, string outputName) =>
        Pool(layer, input, outputName, average: false);

    private static Tensor Pool(Pool2dLayer layer, Tensor input, string outputName, bool average)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var shape = VectorMath.OutputShape(layer, input);
        int channels = shape[0], height = input.Shape[1], width = input.Shape[2];
        int outHeight = shape[1], outWidth = shape[2];
        int kh = layer.Kernel.Height, kw = layer.Kernel.Width;
        var x = input.Values;
        var y = new double[channels * outHeight * outWidth];
        var index = 0;
        for (var c = 0; c < channels; c++)
        {
            for (var i = 0; i < outHeight; i++)
            {
                for (var j = 0; j < outWidth; j++)
                {
                    var top = (i * layer.Stride.Height) - layer.Padding.Height;
                    var left = (j * layer.Stride.Width) - layer.Padding.Width;
                    var sum = 0.0;
                    var max = double.NegativeInfinity;
                    for (var row = Math.Max(top, 0); row < Math.Min(top + kh, height); row++)
                    {
                        for (var column = Math.Max(left, 0); column < Math.Min(left + kw, width); column++)
                        {
                            var value = x[(((c * height) + row) * width) + column];
                            sum += value;
                            max = Math.Max(max, value);
                        }
                    }

                    y[index++] = average ? sum / (kh * kw) : max;
                }
            }
        }

        return new Tensor(outputName, shape, y);
    }
}
