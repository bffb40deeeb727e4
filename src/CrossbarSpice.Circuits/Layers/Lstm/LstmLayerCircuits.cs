using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Lstm;

/// <summary>
/// The recurrent layers at the <c>wired</c> level, built from <see cref="LstmCellCircuit"/>s (one per direction):
/// <c>lstm</c> on [T, I], <c>bilstm</c> (forward cell t = 0…T−1, backward cell t = T−1…0, outputs [h_fwd; h_bwd] per
/// step) and [P0]'s <c>bilstm2d</c> on tokens [H, W, C] (vertical BiLSTM down every column, horizontal along every
/// row; token channels [v_fwd; v_bwd; h_fwd; h_bwd]).
/// </summary>
internal static class LstmLayerCircuits
{
    /// <summary>A unidirectional LSTM: [T, I] → [T, H], or the last h [H] without return sequences.</summary>
    public static double[] Lstm(LstmLayer layer, LstmCellCircuit cell, double[] x)
    {
        var steps = x.Length / cell.InputSize;
        var states = cell.Run(x, 0, cell.InputSize, steps, reverse: false);
        return layer.ReturnSequences ? states : states[((steps - 1) * cell.Hidden)..];
    }

    /// <summary>A bidirectional LSTM: [T, I] → [T, 2H], or [h_fwd(T−1); h_bwd(0)] without return sequences.</summary>
    public static double[] Bidirectional(BidirectionalLstmLayer layer, LstmCellCircuit forward, LstmCellCircuit backward, double[] x)
    {
        var steps = x.Length / forward.InputSize;
        var hidden = forward.Hidden;
        var f = forward.Run(x, 0, forward.InputSize, steps, reverse: false);
        var b = backward.Run(x, 0, backward.InputSize, steps, reverse: true);
        if (!layer.ReturnSequences)
        {
            return [.. f.AsSpan((steps - 1) * hidden, hidden), .. b.AsSpan(0, hidden)];
        }

        var y = new double[steps * 2 * hidden];
        for (var t = 0; t < steps; t++)
        {
            Array.Copy(f, t * hidden, y, 2 * t * hidden, hidden);
            Array.Copy(b, t * hidden, y, ((2 * t) + 1) * hidden, hidden);
        }

        return y;
    }

    /// <summary>
    /// BiLSTM2D on tokens [H, W, C] (row-major): the cells read the tokens in place, a column with stride W·C, a row
    /// with stride C. <paramref name="cells"/> are vertical forward, vertical backward, horizontal forward, horizontal backward.
    /// </summary>
    public static double[] Grid(IReadOnlyList<LstmCellCircuit> cells, double[] x, int height, int width)
    {
        var channels = cells[0].InputSize;
        var hidden = cells[0].Hidden;
        var tokenOut = 4 * hidden;
        var y = new double[height * width * tokenOut];
        for (var w = 0; w < width; w++)
        {
            for (var direction = 0; direction < 2; direction++)
            {
                var states = cells[direction].Run(x, w * channels, width * channels, height, reverse: direction == 1);
                for (var h = 0; h < height; h++)
                {
                    Array.Copy(states, h * hidden, y, (((h * width) + w) * tokenOut) + (direction * hidden), hidden);
                }
            }
        }

        for (var h = 0; h < height; h++)
        {
            for (var direction = 0; direction < 2; direction++)
            {
                var states = cells[2 + direction].Run(x, h * width * channels, channels, width, reverse: direction == 1);
                for (var w = 0; w < width; w++)
                {
                    Array.Copy(states, w * hidden, y, (((h * width) + w) * tokenOut) + ((2 + direction) * hidden), hidden);
                }
            }
        }

        return y;
    }
}
