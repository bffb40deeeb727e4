using System.Globalization;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>Output size of a sliding 2-D window (convolution, pooling) over a [C, H, W] input.</summary>
internal static class WindowArithmetic
{
    /// <summary>⌊(input + 2·padding − kernel) / stride⌋ + 1; ≤ 0 when the window does not fit.</summary>
    /// <remarks>In long arithmetic: sizes read from a file may be near <see cref="int.MaxValue"/>.</remarks>
    public static long OutputLength(int input, int kernel, int stride, int padding) =>
        (long)input + (2L * padding) - kernel < 0 ? 0 : (((long)input + (2L * padding) - kernel) / stride) + 1;

    /// <summary>Spatial output size, or a failure naming the shapes.</summary>
    public static ShapeInference Infer(TensorShape input, int channelsOut, Size2d kernel, Size2d stride, Size2d padding, int? channelsIn)
    {
        if (input.Rank != 3)
        {
            return ShapeInference.Failure($"expects a [C, H, W] input, gets {input}");
        }

        if (channelsIn is { } expected && input[0] != expected)
        {
            return ShapeInference.Failure($"expects {Text(expected)} input channels, gets {Text(input[0])} (input {input})");
        }

        var height = OutputLength(input[1], kernel.Height, stride.Height, padding.Height);
        var width = OutputLength(input[2], kernel.Width, stride.Width, padding.Width);
        if (height <= 0 || width <= 0)
        {
            return ShapeInference.Failure($"window {kernel} with padding {padding} does not fit the {Text(input[1])}×{Text(input[2])} input");
        }

        return ShapeInference.Success(channelsOut, height, width);
    }

    /// <summary>Throws when a kernel or stride is &lt; 1 or a padding &lt; 0.</summary>
    public static void Check(Size2d kernel, Size2d stride, Size2d padding)
    {
        if (kernel.Height < 1 || kernel.Width < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(kernel), kernel, "kernel sizes must be >= 1");
        }

        if (stride.Height < 1 || stride.Width < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(stride), stride, "strides must be >= 1");
        }

        if (padding.Height < 0 || padding.Width < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(padding), padding, "paddings must be >= 0");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
