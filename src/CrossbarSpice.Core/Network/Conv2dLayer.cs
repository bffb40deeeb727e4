using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// 2-D convolution (PyTorch <c>nn.Conv2d</c>, groups = 1, dilation = 1; ONNX Conv), [inC, H, W] → [outC, H', W'] with
/// H' = ⌊(H + 2·padH − kH)/strideH⌋ + 1. On hardware it runs im2col: each output pixel is one crossbar read of the
/// [outC × inC·kH·kW] matrix <see cref="ToIm2colMatrix"/> with the input patch on the rows.
/// </summary>
public sealed record Conv2dLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="kernel">Weights [outC, inC, kH, kW] as PyTorch stores them; finite.</param>
    /// <param name="bias">One value per output channel, or null.</param>
    /// <param name="stride">Step of the window, each ≥ 1.</param>
    /// <param name="padding">Zero padding on each side, each ≥ 0.</param>
    /// <exception cref="ArgumentException">Kernel not rank 4 or empty, non-finite values, bias length ≠ outC, bad stride/padding.</exception>
    public Conv2dLayer(Tensor kernel, BiasVector? bias, Size2d stride, Size2d padding)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        if (kernel.Shape.Rank != 4 || kernel.Length == 0)
        {
            throw new ArgumentException($"kernel '{kernel.Name}' has shape {kernel.Shape}, expected [outC, inC, kH, kW]", nameof(kernel));
        }

        if (kernel.IndexOfNonFinite() >= 0)
        {
            throw new ArgumentException($"kernel '{kernel.Name}' holds a non-finite value", nameof(kernel));
        }

        if (bias is not null && bias.Length != kernel.Shape[0])
        {
            throw new ArgumentException($"bias has {bias.Length} values, the kernel has {kernel.Shape[0]} output channels", nameof(bias));
        }

        WindowArithmetic.Check(new Size2d(kernel.Shape[2], kernel.Shape[3]), stride, padding);
        Kernel = kernel;
        Bias = bias;
        Stride = stride;
        Padding = padding;
    }

    /// <summary>Weights [outC, inC, kH, kW].</summary>
    public Tensor Kernel { get; }

    /// <summary>Bias per output channel, or null.</summary>
    public BiasVector? Bias { get; }

    /// <summary>Window step (rows, columns), each ≥ 1.</summary>
    public Size2d Stride { get; }

    /// <summary>Zero padding added on each side (rows, columns), each ≥ 0.</summary>
    public Size2d Padding { get; }

    /// <summary>Output channels (kernels), ≥ 1.</summary>
    public int OutChannels => Kernel.Shape[0];

    /// <summary>Input channels, ≥ 1.</summary>
    public int InChannels => Kernel.Shape[1];

    /// <summary>Kernel size kH × kW.</summary>
    public Size2d KernelSize => new(Kernel.Shape[2], Kernel.Shape[3]);

    /// <inheritdoc/>
    public override string TypeName => "conv2d";

    /// <summary>
    /// The kernel as an im2col crossbar matrix [outC × inC·kH·kW]: column c·kH·kW + ky·kW + kx multiplies input
    /// channel c at window offset (ky, kx) (PyTorch <c>weight.reshape(outC, -1)</c>).
    /// </summary>
    public WeightMatrix ToIm2colMatrix() =>
        new(Kernel.Name, OutChannels, InChannels * KernelSize.Height * KernelSize.Width, Kernel.Values);

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return WindowArithmetic.Infer(input, OutChannels, KernelSize, Stride, Padding, InChannels);
    }
}
