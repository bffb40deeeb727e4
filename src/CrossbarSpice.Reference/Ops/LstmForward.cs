using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>
/// A single-layer LSTM (PyTorch <c>nn.LSTM</c>, gate rows i, f, g, o) from h = c = 0. Per step t:
/// z = W_ih·x_t + b_ih + W_hh·h + b_hh; i = σ(z_i), f = σ(z_f), g = tanh(z_g), o = σ(z_o); c = f⊙c + i⊙g; h = o⊙tanh(c).
/// </summary>
public static class LstmForward
{
    /// <summary>Computes the layer: [T, I] → every step's h [T, H], or the last h [H] without return sequences.</summary>
    /// <param name="layer">The cell and whether every step is returned.</param>
    /// <param name="input">[T, I].</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input shape does not fit.</exception>
    public static Tensor Apply(LstmLayer layer, Tensor input, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var shape = VectorMath.OutputShape(layer, input);
        var steps = input.Shape[0];
        var hidden = layer.Cell.HiddenSize;
        var states = Run(layer.Cell, input.Values, steps, reverse: false);
        return layer.ReturnSequences
            ? new Tensor(outputName, shape, states)
            : new Tensor(outputName, shape, states.AsSpan((steps - 1) * hidden, hidden));
    }

    /// <summary>Runs one direction over a sequence and returns every hidden state.</summary>
    /// <param name="cell">The weights (I inputs, H hidden).</param>
    /// <param name="sequence">T·I values, row-major [T, I].</param>
    /// <param name="steps">T, ≥ 1.</param>
    /// <param name="reverse">False: read t = 0…T−1; true: read t = T−1…0 (the backward direction of a BiLSTM).</param>
    /// <returns>[T, H] row-major: row t is the hidden state right after reading x_t (in either direction).</returns>
    /// <exception cref="ArgumentException">The sequence length is not T·I.</exception>
    public static double[] Run(LstmCell cell, ReadOnlySpan<double> sequence, int steps, bool reverse)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        int inputs = cell.InputSize, hidden = cell.HiddenSize, rows = 4 * hidden;
        if (sequence.Length != steps * inputs)
        {
            throw new ArgumentException($"a [{steps}, {inputs}] sequence holds {steps * inputs} values, got {sequence.Length}", nameof(sequence));
        }

        var wih = cell.InputWeights.Values;
        var whh = cell.RecurrentWeights.Values;
        var h = new double[hidden];
        var c = new double[hidden];
        var z = new double[rows];
        var states = new double[steps * hidden];
        for (var n = 0; n < steps; n++)
        {
            var t = reverse ? steps - 1 - n : n;
            var x = sequence.Slice(t * inputs, inputs);
            for (var r = 0; r < rows; r++)
            {
                z[r] = VectorMath.Dot(wih.Slice(r * inputs, inputs), x) + (cell.InputBias?[r] ?? 0.0)
                    + VectorMath.Dot(whh.Slice(r * hidden, hidden), h) + (cell.RecurrentBias?[r] ?? 0.0);
            }

            for (var k = 0; k < hidden; k++)
            {
                var input = ActivationForward.Sigmoid(z[k]);
                var forget = ActivationForward.Sigmoid(z[hidden + k]);
                var candidate = Math.Tanh(z[(2 * hidden) + k]);
                var output = ActivationForward.Sigmoid(z[(3 * hidden) + k]);
                c[k] = (forget * c[k]) + (input * candidate);
                h[k] = output * Math.Tanh(c[k]);
            }

            h.CopyTo(states, t * hidden);
        }

        return states;
    }
}
