using System.Globalization;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// The BiLSTM2D of [P0] eq. 1–2 (Sequencer2D): on tokens [H, W, C] (channels last, the seed's X ∈ R^(H×W×C)), the
/// <see cref="Vertical"/> BiLSTM reads every column as a sequence over H (top to bottom forward), the
/// <see cref="Horizontal"/> BiLSTM every row as a sequence over W (left to right forward), and their outputs are
/// concatenated per token: [H, W, C] → [H, W, 4D], channels [vertical forward D, vertical backward D, horizontal
/// forward D, horizontal backward D]. The seed takes D = C/4, so the output has C channels again; no fusing layer
/// follows the concatenation (the seed has none; add a <c>dense</c> layer for Sequencer2D's).
/// </summary>
public sealed record BiLstm2dLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="vertical">The BiLSTM over H (its ReturnSequences must be true).</param>
    /// <param name="horizontal">The BiLSTM over W, same input and hidden sizes.</param>
    /// <exception cref="ArgumentException">Sizes that differ, or a direction pair that does not return sequences.</exception>
    public BiLstm2dLayer(BidirectionalLstmLayer vertical, BidirectionalLstmLayer horizontal)
    {
        ArgumentNullException.ThrowIfNull(vertical);
        ArgumentNullException.ThrowIfNull(horizontal);
        if (vertical.InputSize != horizontal.InputSize || vertical.HiddenSize != horizontal.HiddenSize)
        {
            throw new ArgumentException(
                $"vertical (I={vertical.InputSize}, H={vertical.HiddenSize}) and horizontal (I={horizontal.InputSize}, H={horizontal.HiddenSize}) differ",
                nameof(horizontal));
        }

        if (!vertical.ReturnSequences || !horizontal.ReturnSequences)
        {
            throw new ArgumentException("both BiLSTMs of a BiLSTM2D return every step", nameof(vertical));
        }

        Vertical = vertical;
        Horizontal = horizontal;
    }

    /// <summary>The BiLSTM over each column (sequence along H).</summary>
    public BidirectionalLstmLayer Vertical { get; }

    /// <summary>The BiLSTM over each row (sequence along W).</summary>
    public BidirectionalLstmLayer Horizontal { get; }

    /// <summary>C, channels per token read by every direction.</summary>
    public int InputSize => Vertical.InputSize;

    /// <summary>D, hidden features of each of the four directions; the output has 4D channels.</summary>
    public int HiddenSize => Vertical.HiddenSize;

    /// <summary>4D, channels per output token.</summary>
    public int OutputChannels => 4 * HiddenSize;

    /// <inheritdoc/>
    public override string TypeName => "bilstm2d";

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var size = InputSize.ToString(CultureInfo.InvariantCulture);
        if (input.Rank != 3 || input[0] < 1 || input[1] < 1)
        {
            return ShapeInference.Failure($"expects tokens [H, W, {size}] (channels last; permute a [C, H, W] image with [1, 2, 0]), gets {input}");
        }

        if (input[2] != InputSize)
        {
            return ShapeInference.Failure($"expects {size} channels per token, gets {input[2].ToString(CultureInfo.InvariantCulture)}");
        }

        return ShapeInference.Success(input[0], input[1], 4L * HiddenSize);
    }
}
