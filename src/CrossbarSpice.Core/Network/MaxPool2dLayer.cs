namespace CrossbarSpice.Core.Network;

/// <summary>
/// Max pooling (PyTorch <c>nn.MaxPool2d</c>, dilation 1; ONNX MaxPool): each output is the largest value of its window,
/// padding acting as −∞. On hardware a voltage-selector circuit.
/// </summary>
public sealed record MaxPool2dLayer : Pool2dLayer
{
    /// <summary>Creates the layer.</summary>
    /// <param name="kernel">Window size, each ≥ 1.</param>
    /// <param name="stride">Window step, each ≥ 1; null means equal to the kernel.</param>
    /// <param name="padding">Padding on each side, each ≥ 0.</param>
    public MaxPool2dLayer(Size2d kernel, Size2d? stride = null, Size2d padding = default)
        : base(kernel, stride, padding)
    {
    }

    /// <inheritdoc/>
    public override string TypeName => "maxPool2d";
}
