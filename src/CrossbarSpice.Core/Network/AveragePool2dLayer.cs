namespace CrossbarSpice.Core.Network;

/// <summary>
/// Average pooling (PyTorch <c>nn.AvgPool2d</c> with count_include_pad = True; ONNX AveragePool): each output is the
/// mean of a kH×kW window, padded zeros included. On hardware a kH·kW × 1 crossbar of weights 1/(kH·kW) ([P3]).
/// </summary>
public sealed record AveragePool2dLayer : Pool2dLayer
{
    /// <summary>Creates the layer.</summary>
    /// <param name="kernel">Window size, each ≥ 1.</param>
    /// <param name="stride">Window step, each ≥ 1; null means equal to the kernel.</param>
    /// <param name="padding">Zero padding on each side, each ≥ 0.</param>
    public AveragePool2dLayer(Size2d kernel, Size2d? stride = null, Size2d padding = default)
        : base(kernel, stride, padding)
    {
    }

    /// <inheritdoc/>
    public override string TypeName => "avgPool2d";
}
