using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Onnx;

/// <summary>
/// A value of the ONNX graph computed per sample, and where it lives in the network IR. The importer follows ONNX
/// shapes with the batch dimension set to 1, so an ONNX value and its IR value hold the same numbers in the same
/// row-major order; only their shapes may differ (a GlobalAveragePool's [C, 1, 1] is the IR's [C]).
/// </summary>
/// <param name="Dimensions">ONNX dimensions with the batch dimension (size 1) at <paramref name="BatchAxis"/>.</param>
/// <param name="BatchAxis">The batch axis (0, or 1 for an LSTM's [T, N, I] input).</param>
/// <param name="IrName">The IR value holding it (the network input or a layer's output).</param>
/// <param name="IrShape">The IR value's per-sample shape.</param>
/// <param name="Producer">Index of the imported layer whose output this ONNX value is, unchanged; null otherwise.</param>
internal sealed record OnnxRuntimeValue(int[] Dimensions, int BatchAxis, string IrName, TensorShape IrShape, int? Producer)
{
    /// <summary>The ONNX shape without the batch axis: what the value is per sample.</summary>
    public TensorShape PerSample => new([.. Dimensions.Where((_, axis) => axis != BatchAxis)]);

    /// <summary>True when the IR value has exactly the per-sample ONNX shape.</summary>
    public bool IrMatches => IrShape.Equals(PerSample);
}
