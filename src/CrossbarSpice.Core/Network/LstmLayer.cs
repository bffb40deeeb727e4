using System.Globalization;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// A single-layer unidirectional LSTM over a sequence [T, I] (PyTorch <c>nn.LSTM</c>, batch_first, one layer;
/// ONNX LSTM forward). Output [T, H] (every step's h) or, without <see cref="ReturnSequences"/>, the last h [H].
/// </summary>
public sealed record LstmLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="cell">The weights.</param>
    /// <param name="returnSequences">True: output every step [T, H]; false: only the last step [H].</param>
    public LstmLayer(LstmCell cell, bool returnSequences = true)
    {
        ArgumentNullException.ThrowIfNull(cell);
        Cell = cell;
        ReturnSequences = returnSequences;
    }

    /// <summary>The weights.</summary>
    public LstmCell Cell { get; }

    /// <summary>True: output [T, H]; false: output the final hidden state [H].</summary>
    public bool ReturnSequences { get; }

    /// <inheritdoc/>
    public override string TypeName => "lstm";

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input) =>
        InferSequence(input, Cell.InputSize, Cell.HiddenSize, ReturnSequences);

    /// <summary>Shape rule shared with <see cref="BidirectionalLstmLayer"/>: [T, I] → [T, outputs] or [outputs].</summary>
    internal static ShapeInference InferSequence(TensorShape input, int inputSize, int outputs, bool returnSequences)
    {
        ArgumentNullException.ThrowIfNull(input);
        var size = inputSize.ToString(CultureInfo.InvariantCulture);
        if (input.Rank != 2 || input[0] < 1)
        {
            return ShapeInference.Failure($"expects a sequence [T, {size}] with T ≥ 1, gets {input}");
        }

        if (input[1] != inputSize)
        {
            return ShapeInference.Failure($"expects {size} inputs per time step, gets {input[1].ToString(CultureInfo.InvariantCulture)}");
        }

        return returnSequences ? ShapeInference.Success(input[0], outputs) : ShapeInference.Success(outputs);
    }
}
