using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Conv2d;

/// <summary>The im2col patch a convolution's crossbar reads for one output pixel: channel, kernel row, kernel column
/// order, zero padding (the order compile-weights lays the kernel out on the crossbar rows).</summary>
public static class Im2Col
{
    /// <summary>Fills <paramref name="patch"/> (C·kH·kW) with the input window of output pixel (<paramref name="i"/>, <paramref name="j"/>).</summary>
    /// <typeparam name="T">Values, or net names.</typeparam>
    /// <param name="conv">The convolution.</param>
    /// <param name="x">Input, channel-major [C, H, W].</param>
    /// <param name="channels">C.</param>
    /// <param name="height">H.</param>
    /// <param name="width">W.</param>
    /// <param name="i">Output row.</param>
    /// <param name="j">Output column.</param>
    /// <param name="patch">Receives the patch.</param>
    /// <param name="zero">The value of a padded position.</param>
    public static void Patch<T>(Conv2dLayer conv, T[] x, int channels, int height, int width, int i, int j, Span<T> patch, T zero)
    {
        ArgumentNullException.ThrowIfNull(conv);
        ArgumentNullException.ThrowIfNull(x);
        int kh = conv.KernelSize.Height, kw = conv.KernelSize.Width;
        var p = 0;
        for (var c = 0; c < channels; c++)
        {
            for (var ky = 0; ky < kh; ky++)
            {
                for (var kx = 0; kx < kw; kx++, p++)
                {
                    var r = (i * conv.Stride.Height) - conv.Padding.Height + ky;
                    var s = (j * conv.Stride.Width) - conv.Padding.Width + kx;
                    patch[p] = r >= 0 && r < height && s >= 0 && s < width ? x[(((c * height) + r) * width) + s] : zero;
                }
            }
        }
    }
}
