using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Lstm;

/// <summary>
/// The row vectors [x_t; h_{t−1}] an LSTM layer's cell crossbars see while the layer runs, rebuilt from the layer's
/// input and its output (every step's h): cell k at step t reads the input token x_t and the h its own direction
/// produced one step earlier (0 at the first step). Cells in the compiler's order (<c>CrossbarMatrix.Of</c>): lstm one;
/// bilstm forward, backward; bilstm2d vertical forward, vertical backward, horizontal forward, horizontal backward.
/// </summary>
public static class LstmReads
{
    /// <summary>Reads of one cell crossbar per inference: T for lstm and bilstm, H × W for bilstm2d (every cell visits
    /// every token once: the vertical cells W columns of H steps, the horizontal ones H rows of W steps).</summary>
    public static int PerCell(LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(shapes);
        var input = shapes[layer.Inputs[0]];
        return layer.Op is BiLstm2dLayer ? input[0] * input[1] : input[0];
    }

    /// <summary>The reads of cell <paramref name="cell"/> of <paramref name="layer"/> for one inference.</summary>
    /// <param name="layer">An lstm, bilstm or bilstm2d layer that returns every step.</param>
    /// <param name="cell">Cell index in the compiler's order.</param>
    /// <param name="x">The layer's input, network units.</param>
    /// <param name="y">The layer's output, network units.</param>
    /// <param name="shapes">The network's tensor shapes.</param>
    /// <exception cref="InputException">An LSTM that outputs only its last step (its earlier h are not observable).</exception>
    public static IEnumerable<double[]> Of(LayerNode layer, int cell, double[] x, double[] y, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(shapes);
        var input = shapes[layer.Inputs[0]];
        return layer.Op switch
        {
            LstmLayer { ReturnSequences: true } lstm => Sequence(x, y, lstm.Cell.InputSize, lstm.Cell.HiddenSize, input[0], Tokens(input[0], 0, 1), 0, lstm.Cell.HiddenSize, reverse: false),
            BidirectionalLstmLayer { ReturnSequences: true } bi => Sequence(x, y, bi.InputSize, bi.HiddenSize, input[0], Tokens(input[0], 0, 1), cell * bi.HiddenSize, 2 * bi.HiddenSize, reverse: cell == 1),
            BiLstm2dLayer grid => Grid(grid, cell, x, y, input[0], input[1]),
            LstmLayer or BidirectionalLstmLayer => throw new InputException(new SourceLocation(null, Field: layer.Name),
                "the energy report needs every step's h of an LSTM layer (returnSequences true); this one outputs only its last step"),
            _ => throw new ArgumentException($"layer {layer.Name} is not an LSTM layer", nameof(layer)),
        };
    }

    private static IEnumerable<double[]> Grid(BiLstm2dLayer grid, int cell, double[] x, double[] y, int height, int width)
    {
        var hidden = grid.HiddenSize;
        var vertical = cell < 2;
        var sequences = vertical ? width : height;
        var steps = vertical ? height : width;
        for (var s = 0; s < sequences; s++)
        {
            // Token index of step t: down column s (vertical) or along row s (horizontal), tokens [H, W] row-major.
            var tokens = vertical ? Tokens(steps, s, width) : Tokens(steps, s * width, 1);
            foreach (var read in Sequence(x, y, grid.InputSize, hidden, steps, tokens, cell * hidden, 4 * hidden, reverse: cell % 2 == 1))
            {
                yield return read;
            }
        }
    }

    private static int[] Tokens(int steps, int start, int stride) => [.. Enumerable.Range(0, steps).Select(t => start + (t * stride))];

    private static IEnumerable<double[]> Sequence(double[] x, double[] y, int inputSize, int hidden, int steps, int[] tokens, int channel, int tokenOut, bool reverse)
    {
        for (var n = 0; n < steps; n++)
        {
            var t = reverse ? steps - 1 - n : n;
            var previous = reverse ? t + 1 : t - 1;
            var read = new double[inputSize + hidden];
            Array.Copy(x, tokens[t] * inputSize, read, 0, inputSize);
            if (n > 0)
            {
                Array.Copy(y, (tokens[previous] * tokenOut) + channel, read, inputSize, hidden);
            }

            yield return read;
        }
    }
}
