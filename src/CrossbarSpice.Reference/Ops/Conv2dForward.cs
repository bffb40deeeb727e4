using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>
/// 2-D convolution (PyTorch <c>nn.Conv2d</c>, cross-correlation, zero padding, groups = dilation = 1):
/// y[o, i, j] = b[o] + Σ_c,ky,kx K[o, c, ky, kx]·x[c, i·sH + ky − pH, j·sW + kx − pW].
/// </summary>
public static class Conv2dForward
{
    /// <summary>Computes the layer: for each output position the zero-padded input patch (channel, kernel row, kernel
    /// column order) is dotted with each kernel.</summary>
    /// <param name="layer">Kernel [outC, inC, kH, kW], bias, stride, padding.</param>
    /// <param name="input">[inC, H, W].</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input shape does not fit.</exception>
    public static Tensor Apply(Conv2dLayer layer, Tensor input, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var shape = VectorMath.OutputShape(layer, input);
        int channels = layer.InChannels, height = input.Shape[1], width = input.Shape[2];
        int kh = layer.KernelSize.Height, kw = layer.KernelSize.Width;
        int outHeight = shape[1], outWidth = shape[2], plane = outHeight * outWidth;
        var patchLength = channels * kh * kw;
        var patch = new double[patchLength];
        var x = input.Values;
        var kernel = layer.Kernel.Values;
        var y = new double[layer.OutChannels * plane];
        for (var i = 0; i < outHeight; i++)
        {
            for (var j = 0; j < outWidth; j++)
            {
                var top = (i * layer.Stride.Height) - layer.Padding.Height;
                var left = (j * layer.Stride.Width) - layer.Padding.Width;
                var p = 0;
                for (var c = 0; c < channels; c++)
                {
                    for (var ky = 0; ky < kh; ky++)
                    {
                        var row = top + ky;
                        for (var kx = 0; kx < kw; kx++, p++)
                        {
                            var column = left + kx;
                            patch[p] = row >= 0 && row < height && column >= 0 && column < width
                                ? x[(((c * height) + row) * width) + column]
                                : 0.0;
                        }
                    }
                }

                for (var o = 0; o < layer.OutChannels; o++)
                {
                    y[(o * plane) + (i * outWidth) + j] =
                        VectorMath.Dot(kernel.Slice(o * patchLength, patchLength), patch) + (layer.Bias?[o] ?? 0.0);
                }
            }
        }

        return new Tensor(outputName, shape, y);
    }
}
