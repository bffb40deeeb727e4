using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>Common geometry of 2-D pooling: a window sliding over each channel of a [C, H, W] input → [C, H', W'].</summary>
public abstract record Pool2dLayer : UnaryLayerOp
{
    /// <summary>Creates the geometry.</summary>
    /// <param name="kernel">Window size, each ≥ 1.</param>
    /// <param name="stride">Window step, each ≥ 1; null means equal to the kernel (PyTorch default).</param>
    /// <param name="padding">Padding on each side, each ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size out of range.</exception>
    protected Pool2dLayer(Size2d kernel, Size2d? stride, Size2d padding)
    {
        var step = stride ?? kernel;
        WindowArithmetic.Check(kernel, step, padding);
        Kernel = kernel;
        Stride = step;
        Padding = padding;
    }

    /// <summary>Window size (rows, columns), each ≥ 1.</summary>
    public Size2d Kernel { get; }

    /// <summary>Window step (rows, columns), each ≥ 1.</summary>
    public Size2d Stride { get; }

    /// <summary>Padding on each side (rows, columns), each ≥ 0.</summary>
    public Size2d Padding { get; }

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return WindowArithmetic.Infer(input, input.Rank == 3 ? input[0] : 0, Kernel, Stride, Padding, channelsIn: null);
    }
}
