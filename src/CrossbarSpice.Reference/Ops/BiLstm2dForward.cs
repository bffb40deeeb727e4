using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>
/// [P0]'s BiLSTM2D on tokens [H, W, C]: the vertical BiLSTM runs over every column (sequence along H, forward =
/// top to bottom), the horizontal one over every row (sequence along W, forward = left to right); token (h, w) of the
/// output is [v_fwd; v_bwd; h_fwd; h_bwd] ([H, W, 4D]), as Sequencer2D's <c>torch.cat([v, h], dim=-1)</c>.
/// </summary>
public static class BiLstm2dForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">The vertical and horizontal BiLSTMs.</param>
    /// <param name="input">[H, W, C].</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input shape does not fit.</exception>
    public static Tensor Apply(BiLstm2dLayer layer, Tensor input, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var shape = VectorMath.OutputShape(layer, input);
        int height = shape[0], width = shape[1], channels = layer.InputSize, hidden = layer.HiddenSize, outChannels = shape[2];
        var x = input.Values;
        var y = new double[shape.ElementCount];

        var column = new double[height * channels];
        for (var w = 0; w < width; w++)
        {
            for (var h = 0; h < height; h++)
            {
                x.Slice(((h * width) + w) * channels, channels).CopyTo(column.AsSpan(h * channels));
            }

            var forward = LstmForward.Run(layer.Vertical.Forward, column, height, reverse: false);
            var backward = LstmForward.Run(layer.Vertical.Backward, column, height, reverse: true);
            for (var h = 0; h < height; h++)
            {
                var token = ((h * width) + w) * outChannels;
                forward.AsSpan(h * hidden, hidden).CopyTo(y.AsSpan(token));
                backward.AsSpan(h * hidden, hidden).CopyTo(y.AsSpan(token + hidden));
            }
        }

        for (var h = 0; h < height; h++)
        {
            var row = x.Slice(h * width * channels, width * channels);
            var forward = LstmForward.Run(layer.Horizontal.Forward, row, width, reverse: false);
            var backward = LstmForward.Run(layer.Horizontal.Backward, row, width, reverse: true);
            for (var w = 0; w < width; w++)
            {
                var token = ((h * width) + w) * outChannels;
                forward.AsSpan(w * hidden, hidden).CopyTo(y.AsSpan(token + (2 * hidden)));
                backward.AsSpan(w * hidden, hidden).CopyTo(y.AsSpan(token + (3 * hidden)));
            }
        }

        return new Tensor(outputName, shape, y);
    }
}
