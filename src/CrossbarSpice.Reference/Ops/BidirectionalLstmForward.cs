using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>
/// A bidirectional LSTM (PyTorch <c>nn.LSTM(bidirectional=True)</c>): the forward cell reads t = 0…T−1, the backward
/// cell t = T−1…0; output row t is [h_fwd(t); h_bwd(t)] ([T, 2H]), or [h_fwd(T−1); h_bwd(0)] ([2H], PyTorch's h_n).
/// </summary>
public static class BidirectionalLstmForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">Both cells and whether every step is returned.</param>
    /// <param name="input">[T, I].</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input shape does not fit.</exception>
    public static Tensor Apply(BidirectionalLstmLayer layer, Tensor input, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var shape = VectorMath.OutputShape(layer, input);
        var steps = input.Shape[0];
        var hidden = layer.HiddenSize;
        var forward = LstmForward.Run(layer.Forward, input.Values, steps, reverse: false);
        var backward = LstmForward.Run(layer.Backward, input.Values, steps, reverse: true);
        if (!layer.ReturnSequences)
        {
            var last = new double[2 * hidden];
            forward.AsSpan((steps - 1) * hidden, hidden).CopyTo(last);
            backward.AsSpan(0, hidden).CopyTo(last.AsSpan(hidden));
            return new Tensor(outputName, shape, last);
        }

        var y = new double[steps * 2 * hidden];
        for (var t = 0; t < steps; t++)
        {
            forward.AsSpan(t * hidden, hidden).CopyTo(y.AsSpan(t * 2 * hidden));
            backward.AsSpan(t * hidden, hidden).CopyTo(y.AsSpan((t * 2 * hidden) + hidden));
        }

        return new Tensor(outputName, shape, y);
    }
}
