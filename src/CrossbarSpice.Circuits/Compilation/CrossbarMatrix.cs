using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// A matrix–vector product of the network that runs on a crossbar: a dense layer; a convolution as its im2col
/// matrix [outC × inC·kH·kW] (one crossbar evaluated per output position); an LSTM cell as
/// [W_ih | W_hh] of [4H × (I + H)] with bias b_ih + b_hh (input vector [x; h]).
/// </summary>
/// <param name="Name">Crossbar name: the layer name, with "/forward" or "/backward" for a bidirectional LSTM.</param>
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
            BidirectionalLstmLayer bi => [Lstm($"{layer.Name}/forward", layer.Name, bi.Forward), Lstm($"{layer.Name}/backward", layer.Name, bi.Backward)],
            _ => [],
        };
    }

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
