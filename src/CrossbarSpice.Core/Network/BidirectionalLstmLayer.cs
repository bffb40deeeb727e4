using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// A bidirectional LSTM (PyTorch <c>nn.LSTM(bidirectional=True)</c>, the BiLSTM of [P0]'s sequencer): the forward
/// cell reads t = 0…T−1, the backward cell t = T−1…0, and their hidden states are concatenated forward first:
/// [T, I] → [T, 2H]; without <see cref="ReturnSequences"/>, [2H] = [h_fwd(T−1); h_bwd(0)] (PyTorch's h_n).
/// </summary>
public sealed record BidirectionalLstmLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="forward">Forward-direction weights (PyTorch <c>*_l0</c>).</param>
    /// <param name="backward">Backward-direction weights (PyTorch <c>*_l0_reverse</c>), same I and H.</param>
    /// <param name="returnSequences">True: output [T, 2H]; false: output [2H].</param>
    /// <exception cref="ArgumentException">The directions' sizes differ.</exception>
    public BidirectionalLstmLayer(LstmCell forward, LstmCell backward, bool returnSequences = true)
    {
        ArgumentNullException.ThrowIfNull(forward);
        ArgumentNullException.ThrowIfNull(backward);
        if (forward.InputSize != backward.InputSize || forward.HiddenSize != backward.HiddenSize)
        {
            throw new ArgumentException(
                $"forward (I={forward.InputSize}, H={forward.HiddenSize}) and backward (I={backward.InputSize}, H={backward.HiddenSize}) differ",
                nameof(backward));
        }

        Forward = forward;
        Backward = backward;
        ReturnSequences = returnSequences;
    }

    /// <summary>Forward-direction weights.</summary>
    public LstmCell Forward { get; }

    /// <summary>Backward-direction weights.</summary>
    public LstmCell Backward { get; }

    /// <summary>True: output [T, 2H]; false: output [2H].</summary>
    public bool ReturnSequences { get; }

    /// <summary>I, features per time step.</summary>
    public int InputSize => Forward.InputSize;

    /// <summary>H of each direction; the output has 2H features.</summary>
    public int HiddenSize => Forward.HiddenSize;

    /// <inheritdoc/>
    public override string TypeName => "bilstm";

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input) =>
        LstmLayer.InferSequence(input, InputSize, 2 * HiddenSize, ReturnSequences);
}
