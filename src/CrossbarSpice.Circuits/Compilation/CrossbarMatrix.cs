using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// A matrix–vector product of the network that runs on a crossbar: a dense layer; a convolution as its im2col
/// matrix [outC × inC·kH·kW] (one crossbar evaluated per output position); an LSTM cell (seed 000 eq. 7, Fig. 6(a))
/// as [W_ih | W_hh] of [4H × (I + H)] with bias b_ih + b_hh: rows of the crossbar [x_t; h_{t−1}; 1], outputs the gate
/// pre-activations in PyTorch order i, f, g, o (H each), one crossbar read per time step.
/// </summary>
/// <param name="Name">Crossbar name: the layer name; for a bidirectional LSTM "layer/forward" and "layer/backward";
/// for a BiLSTM2D "layer/vertical/forward", "layer/vertical/backward", "layer/horizontal/forward",
/// "layer/horizontal/backward" (the names the software reference's <c>CrossbarWeights</c> uses).</param>
/// <param name="Layer">The layer it belongs to.</param>
/// <param name="Kind">"dense", "conv2d" or "lstm".</param>
/// <param name="Weights">The matrix, [outputs × inputs].</param>
/// <param name="Bias">The bias, or null.</param>
public sealed record CrossbarMatrix(string Name, string Layer, string Kind, WeightMatrix Weights, BiasVector? Bias)
{
    /// <summary>The crossbar matrices of a layer; empty for layers that run on periphery circuits only.</summary>
    public static IReadOnlyList<CrossbarMatrix> Of(LayerNode layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer.Op switch
        {
            DenseLayer dense => [new(layer.Name, layer.Name, "dense", dense.Weight, dense.Bias)],
            Conv2dLayer conv => [new(layer.Name, layer.Name, "conv2d", conv.ToIm2colMatrix(), conv.Bias)],
            LstmLayer lstm => [Lstm(layer.Name, layer.Name, lstm.Cell)],
            BidirectionalLstmLayer bi => Pair(layer.Name, layer.Name, bi),
            BiLstm2dLayer grid => [.. Pair($"{layer.Name}/vertical", layer.Name, grid.Vertical), .. Pair($"{layer.Name}/horizontal", layer.Name, grid.Horizontal)],
            _ => [],
        };
    }

    private static CrossbarMatrix[] Pair(string prefix, string layer, BidirectionalLstmLayer pair) =>
        [Lstm($"{prefix}/forward", layer, pair.Forward), Lstm($"{prefix}/backward", layer, pair.Backward)];

    private static CrossbarMatrix Lstm(string name, string layer, LstmCell cell)
    {
        var rows = cell.InputWeights.Outputs;
        var inputs = cell.InputSize + cell.HiddenSize;
        var values = new double[rows * inputs];
        for (var r = 0; r < rows; r++)
        {
            cell.InputWeights.Row(r).CopyTo(values.AsSpan(r * inputs, cell.InputSize));
            cell.RecurrentWeights.Row(r).CopyTo(values.AsSpan((r * inputs) + cell.InputSize, cell.HiddenSize));
        }

        BiasVector? bias = null;
        if (cell.InputBias is not null || cell.RecurrentBias is not null)
        {
            var sum = new double[rows];
            for (var r = 0; r < rows; r++)
            {
                sum[r] = (cell.InputBias?[r] ?? 0) + (cell.RecurrentBias?[r] ?? 0);
            }

            bias = new BiasVector($"{name}.bias", sum);
        }

        return new CrossbarMatrix(name, layer, "lstm", new WeightMatrix($"{name}.weight", rows, inputs, values), bias);
    }
}
