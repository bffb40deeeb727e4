namespace CrossbarSpice.Core.Network;

/// <summary>
/// The four LSTM gates in PyTorch's row order: the rows of W_ih, W_hh, b_ih and b_hh are stacked
/// [input i; forget f; cell candidate g; output o], H rows each.
/// </summary>
public enum LstmGate
{
    /// <summary>i = σ(W_ii x + b_ii + W_hi h + b_hi): rows [0, H).</summary>
    Input = 0,

    /// <summary>f = σ(W_if x + b_if + W_hf h + b_hf): rows [H, 2H).</summary>
    Forget = 1,

    /// <summary>g = tanh(W_ig x + b_ig + W_hg h + b_hg): rows [2H, 3H).</summary>
    Cell = 2,

    /// <summary>o = σ(W_io x + b_io + W_ho h + b_ho): rows [3H, 4H).</summary>
    Output = 3,
}
