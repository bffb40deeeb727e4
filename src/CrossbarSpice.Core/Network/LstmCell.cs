using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// The parameters of one LSTM direction, as PyTorch <c>nn.LSTM</c> stores them (<c>weight_ih_l0</c>,
/// <c>weight_hh_l0</c>, <c>bias_ih_l0</c>, <c>bias_hh_l0</c>). Gate rows are stacked i, f, g, o (<see cref="LstmGate"/>).
/// Per step: c' = f⊙c + i⊙g, h' = o⊙tanh(c'), starting from h = c = 0.
/// </summary>
public sealed record LstmCell
{
    /// <summary>Creates the cell.</summary>
    /// <param name="inputWeights">W_ih, [4H × I].</param>
    /// <param name="recurrentWeights">W_hh, [4H × H].</param>
    /// <param name="inputBias">b_ih, [4H], or null.</param>
    /// <param name="recurrentBias">b_hh, [4H], or null.</param>
    /// <exception cref="ArgumentException">Sizes that disagree.</exception>
    public LstmCell(WeightMatrix inputWeights, WeightMatrix recurrentWeights, BiasVector? inputBias, BiasVector? recurrentBias)
    {
        ArgumentNullException.ThrowIfNull(inputWeights);
        ArgumentNullException.ThrowIfNull(recurrentWeights);
        var hidden = recurrentWeights.Inputs;
        if (recurrentWeights.Outputs != 4 * hidden)
        {
            throw new ArgumentException($"W_hh is {recurrentWeights.Outputs}×{hidden}, expected 4H×H", nameof(recurrentWeights));
        }

        if (inputWeights.Outputs != 4 * hidden)
        {
            throw new ArgumentException($"W_ih has {inputWeights.Outputs} rows, expected 4H = {4 * hidden}", nameof(inputWeights));
        }

        if (inputBias is not null && inputBias.Length != 4 * hidden)
        {
            throw new ArgumentException($"b_ih has {inputBias.Length} values, expected 4H = {4 * hidden}", nameof(inputBias));
        }

        if (recurrentBias is not null && recurrentBias.Length != 4 * hidden)
        {
            throw new ArgumentException($"b_hh has {recurrentBias.Length} values, expected 4H = {4 * hidden}", nameof(recurrentBias));
        }

        InputWeights = inputWeights;
        RecurrentWeights = recurrentWeights;
        InputBias = inputBias;
        RecurrentBias = recurrentBias;
    }

    /// <summary>W_ih, [4H × I], gate rows i, f, g, o.</summary>
    public WeightMatrix InputWeights { get; }

    /// <summary>W_hh, [4H × H], gate rows i, f, g, o.</summary>
    public WeightMatrix RecurrentWeights { get; }

    /// <summary>b_ih, [4H], or null.</summary>
    public BiasVector? InputBias { get; }

    /// <summary>b_hh, [4H], or null.</summary>
    public BiasVector? RecurrentBias { get; }

    /// <summary>I, features per time step, ≥ 1.</summary>
    public int InputSize => InputWeights.Inputs;

    /// <summary>H, hidden (and output) features, ≥ 1.</summary>
    public int HiddenSize => RecurrentWeights.Inputs;

    /// <summary>First row of <paramref name="gate"/> in the stacked matrices and biases: gate·H.</summary>
    public int GateOffset(LstmGate gate) => (int)gate * HiddenSize;
}
