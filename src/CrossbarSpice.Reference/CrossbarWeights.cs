using System.Globalization;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference;

/// <summary>
/// The network's weights in crossbar layout, by crossbar name, and the way back into the layers' own tensors. The
/// layout is the one <c>compile-weights</c> programs and <c>LayerPlan.EffectiveWeights()</c> reads back, re-derived
/// here independently: a dense layer (name = layer) W [out × in] and b; a conv2d layer (name = layer) its im2col
/// matrix [outC × inC·kH·kW] (columns in channel, kernel-row, kernel-column order) and b; an LSTM (name = layer; a
/// BiLSTM <c>layer/forward</c> and <c>layer/backward</c>; a BiLSTM2D <c>layer/vertical/forward</c>,
/// <c>layer/vertical/backward</c>, <c>layer/horizontal/forward</c>, <c>layer/horizontal/backward</c>) [W_ih | W_hh] of
/// [4H × (I + H)] and b_ih + b_hh. An empty bias array means "no bias".
/// </summary>
public static class CrossbarWeights
{
    /// <summary>Suffix of a bidirectional LSTM's forward-direction crossbar name.</summary>
    public const string ForwardSuffix = "/forward";

    /// <summary>Suffix of a bidirectional LSTM's backward-direction crossbar name.</summary>
    public const string BackwardSuffix = "/backward";

    /// <summary>Infix of a BiLSTM2D's vertical (column-wise) BiLSTM crossbars: <c>layer/vertical/forward</c>.</summary>
    public const string VerticalInfix = "/vertical";

    /// <summary>Infix of a BiLSTM2D's horizontal (row-wise) BiLSTM crossbars: <c>layer/horizontal/backward</c>.</summary>
    public const string HorizontalInfix = "/horizontal";

    /// <summary>The network's own weights in crossbar layout (the inverse of <see cref="Substitute"/>).</summary>
    /// <param name="graph">The network.</param>
    /// <returns>(W row-major [outputs × inputs], b [outputs] or empty) by crossbar name, in layer order.</returns>
    public static IReadOnlyDictionary<string, (double[] W, double[] b)> Extract(NetworkGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new Dictionary<string, (double[] W, double[] b)>(StringComparer.Ordinal);
        foreach (var layer in graph.Layers)
        {
            switch (layer.Op)
            {
                case DenseLayer dense:
                    result.Add(layer.Name, (dense.Weight.Values.ToArray(), dense.Bias?.Values.ToArray() ?? []));
                    break;
                case Conv2dLayer conv:
                    result.Add(layer.Name, (conv.Kernel.Values.ToArray(), conv.Bias?.Values.ToArray() ?? []));
                    break;
                case LstmLayer lstm:
                    result.Add(layer.Name, LstmMatrix(lstm.Cell));
                    break;
                case BidirectionalLstmLayer bi:
                    AddPair(result, layer.Name, bi);
                    break;
                case BiLstm2dLayer grid:
                    AddPair(result, layer.Name + VerticalInfix, grid.Vertical);
                    AddPair(result, layer.Name + HorizontalInfix, grid.Horizontal);
                    break;
            }
        }

        return result;
    }

    /// <summary>
    /// The network with the crossbar layers' weights replaced by <paramref name="weights"/> (e.g. the effective
    /// weights of a conductance plan); crossbars not in the dictionary keep their weights, every other layer is
    /// unchanged. A substitute bias must be empty exactly when the layer has no bias; an LSTM's summed bias becomes
    /// its b_ih with b_hh dropped (only the sum enters the gates).
    /// </summary>
    /// <param name="graph">The network.</param>
    /// <param name="weights">(W row-major [outputs × inputs], b [outputs] or empty) by crossbar name.</param>
    /// <exception cref="ReferenceException">A name that is no crossbar of the network, or a W or b of the wrong size.</exception>
    public static NetworkGraph Substitute(NetworkGraph graph, IReadOnlyDictionary<string, (double[] W, double[] b)> weights)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(weights);
        var known = Extract(graph);
        foreach (var name in weights.Keys)
        {
            if (!known.ContainsKey(name))
            {
                throw new ReferenceException(name, $"no crossbar of that name; crossbars: {string.Join(", ", known.Keys)}");
            }
        }

        foreach (var (name, (w, b)) in weights)
        {
            var (ownW, ownB) = known[name];
            Check(name, "W", w, ownW.Length);
            Check(name, "b", b, ownB.Length);
        }

        var layers = graph.Layers.Select(layer => layer with { Op = Replace(layer, weights) }).ToList();
        return graph with { Layers = layers };
    }

    private static LayerOp Replace(LayerNode layer, IReadOnlyDictionary<string, (double[] W, double[] b)> weights)
    {
        var name = layer.Name;
        switch (layer.Op)
        {
            case DenseLayer dense when weights.TryGetValue(name, out var m):
                return new DenseLayer(new WeightMatrix(dense.Weight.Name, dense.OutputFeatures, dense.InputFeatures, m.W), Bias(dense.Bias?.Name, m.b));
            case Conv2dLayer conv when weights.TryGetValue(name, out var m):
                return new Conv2dLayer(new Tensor(conv.Kernel.Name, conv.Kernel.Shape, m.W), Bias(conv.Bias?.Name, m.b), conv.Stride, conv.Padding);
            case LstmLayer lstm when weights.TryGetValue(name, out var m):
                return new LstmLayer(Cell(lstm.Cell, m), lstm.ReturnSequences);
            case BidirectionalLstmLayer bi:
                return ReplacePair(name, bi, weights);
            case BiLstm2dLayer grid:
                return new BiLstm2dLayer(ReplacePair(name + VerticalInfix, grid.Vertical, weights), ReplacePair(name + HorizontalInfix, grid.Horizontal, weights));
            default:
                return layer.Op;
        }
    }

    private static void AddPair(Dictionary<string, (double[] W, double[] b)> into, string name, BidirectionalLstmLayer pair)
    {
        into.Add(name + ForwardSuffix, LstmMatrix(pair.Forward));
        into.Add(name + BackwardSuffix, LstmMatrix(pair.Backward));
    }

    private static BidirectionalLstmLayer ReplacePair(string name, BidirectionalLstmLayer pair, IReadOnlyDictionary<string, (double[] W, double[] b)> weights)
    {
        if (!weights.ContainsKey(name + ForwardSuffix) && !weights.ContainsKey(name + BackwardSuffix))
        {
            return pair;
        }

        var forward = weights.TryGetValue(name + ForwardSuffix, out var f) ? Cell(pair.Forward, f) : pair.Forward;
        var backward = weights.TryGetValue(name + BackwardSuffix, out var r) ? Cell(pair.Backward, r) : pair.Backward;
        return new BidirectionalLstmLayer(forward, backward, pair.ReturnSequences);
    }

    private static (double[] W, double[] b) LstmMatrix(LstmCell cell)
    {
        int inputs = cell.InputSize, hidden = cell.HiddenSize, rows = 4 * hidden, columns = inputs + hidden;
        var w = new double[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            cell.InputWeights.Row(r).CopyTo(w.AsSpan(r * columns, inputs));
            cell.RecurrentWeights.Row(r).CopyTo(w.AsSpan((r * columns) + inputs, hidden));
        }

        if (cell.InputBias is null && cell.RecurrentBias is null)
        {
            return (w, []);
        }

        var b = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            b[r] = (cell.InputBias?[r] ?? 0.0) + (cell.RecurrentBias?[r] ?? 0.0);
        }

        return (w, b);
    }

    private static LstmCell Cell(LstmCell cell, (double[] W, double[] b) matrix)
    {
        int inputs = cell.InputSize, hidden = cell.HiddenSize, rows = 4 * hidden, columns = inputs + hidden;
        var wih = new double[rows * inputs];
        var whh = new double[rows * hidden];
        for (var r = 0; r < rows; r++)
        {
            matrix.W.AsSpan(r * columns, inputs).CopyTo(wih.AsSpan(r * inputs));
            matrix.W.AsSpan((r * columns) + inputs, hidden).CopyTo(whh.AsSpan(r * hidden));
        }

        var biasName = cell.InputBias?.Name ?? cell.RecurrentBias?.Name;
        return new LstmCell(
            new WeightMatrix(cell.InputWeights.Name, rows, inputs, wih),
            new WeightMatrix(cell.RecurrentWeights.Name, rows, hidden, whh),
            Bias(biasName, matrix.b),
            recurrentBias: null);
    }

    private static BiasVector? Bias(string? name, double[] values) =>
        values.Length == 0 ? null : new BiasVector(name ?? "bias", values);

    private static void Check(string crossbar, string part, double[]? values, int expected)
    {
        if (values is null)
        {
            throw new ReferenceException(crossbar, $"{part} is null");
        }

        if (values.Length != expected)
        {
            throw new ReferenceException(
                crossbar,
                $"{part} holds {values.Length.ToString(CultureInfo.InvariantCulture)} values, the crossbar needs {expected.ToString(CultureInfo.InvariantCulture)}"
                + (part == "b" && expected == 0 ? " (the layer has no bias)" : string.Empty));
        }

        var bad = Array.FindIndex(values, v => !double.IsFinite(v));
        if (bad >= 0)
        {
            throw new ReferenceException(crossbar, $"{part}[{bad.ToString(CultureInfo.InvariantCulture)}] is {values[bad].ToString(CultureInfo.InvariantCulture)}, expected a finite number");
        }
    }
}
