using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Onnx;

/// <summary>LSTM (one layer, forward, default activations, zero initial state) → lstm with the gates re-stacked.</summary>
internal sealed partial class OnnxGraphImporter
{
    /// <summary>
    /// Source gate block of ONNX's stacking (i, o, f, c; ONNX operator LSTM, W = W[iofc]) for each gate of the IR's
    /// PyTorch stacking i, f, g, o (<see cref="LstmGate"/>; g is ONNX's cell gate c).
    /// </summary>
    internal static readonly int[] OnnxGateOfIrGate = [0, 2, 3, 1];

    private void Lstm(OnnxNodeView node)
    {
        node.OnlyAttributes("hidden_size", "direction", "layout", "activations", "clip", "input_forget", "activation_alpha", "activation_beta");
        if (node.Text("direction", "forward") != "forward")
        {
            throw node.Problem($"direction '{node.Text("direction", "forward")}' is not supported; the importer maps forward LSTMs");
        }

        if (node.Int("layout", 0) != 0 || node.Int("input_forget", 0) != 0 || node.Attribute("clip") is not null)
        {
            throw node.Problem("layout = 1, input_forget = 1 and clip are not supported");
        }

        if (node.Attribute("activations") is { } activations && !activations.Strings.Select(s => s.ToStringUtf8()).SequenceEqual(["Sigmoid", "Tanh", "Tanh"]))
        {
            throw node.Problem("only the default activations (Sigmoid, Tanh, Tanh) are supported");
        }

        if (node.Input(4) is not null || node.Input(7) is not null)
        {
            throw node.Problem("sequence_lens and peephole weights (P) are not supported");
        }

        foreach (var state in new[] { 5, 6 })
        {
            if (Constant(node, state) is { } initial && initial.Values.Any(v => v != 0))
            {
                throw node.Problem("a non-zero initial state is not supported (the project's LSTMs start from h = c = 0)");
            }
        }

        var x = Runtime(node, 0);
        if (x.Dimensions.Length != 3 || x.BatchAxis != 1)
        {
            throw node.Problem($"expects X as [seq_length, batch, input_size] (layout 0), gets {OnnxConstant.Format(x.Dimensions)} with the batch on axis {x.BatchAxis}");
        }

        var w = Constant(node, 1)!;
        var r = Constant(node, 2)!;
        var hidden = r.Rank == 3 ? r.Dimensions[2] : -1;
        var input = x.Dimensions[2];
        if (w.Rank != 3 || r.Rank != 3 || w.Dimensions[0] != 1 || w.Dimensions[1] != 4 * hidden || w.Dimensions[2] != input || r.Dimensions[1] != 4 * hidden
            || node.Int("hidden_size", hidden) != hidden)
        {
            throw node.Problem($"W {OnnxConstant.Format(w.Dimensions)} and R {OnnxConstant.Format(r.Dimensions)} do not fit [1, 4H, {input}] and [1, 4H, H]");
        }

        var b = Constant(node, 3);
        if (b is not null && b.Length != 8 * hidden)
        {
            throw node.Problem($"B {OnnxConstant.Format(b.Dimensions)} does not fit [1, 8H] = [1, {8 * hidden}]");
        }

        var y = node.Output(0);
        var yh = node.Output(1);
        var useY = y is not null && consumers.GetValueOrDefault(y) > 0;
        var useYh = yh is not null && consumers.GetValueOrDefault(yh) > 0;
        if (node.Output(2) is { } yc && consumers.GetValueOrDefault(yc) > 0)
        {
            throw node.Problem("the final cell state Y_c is used; the project's LSTM outputs h only");
        }

        if (useY == useYh)
        {
            throw node.Problem("exactly one of Y (every step's h) and Y_h (the last h) must be used");
        }

        var name = LayerName(node);
        var cell = new LstmCell(
            new WeightMatrix(name + ".weightIh", 4 * hidden, input, Regate(w.Values, hidden, input)),
            new WeightMatrix(name + ".weightHh", 4 * hidden, hidden, Regate(r.Values, hidden, hidden)),
            b is null ? null : new BiasVector(name + ".biasIh", Regate(b.Values.AsSpan(0, 4 * hidden), hidden, 1)),
            b is null ? null : new BiasVector(name + ".biasHh", Regate(b.Values.AsSpan(4 * hidden, 4 * hidden), hidden, 1)));
        var steps = x.Dimensions[0];
        if (useY)
        {
            AddLayer(node, new LstmLayer(cell, returnSequences: true), x, [steps, 1, 1, hidden], 2, y);
        }
        else
        {
            AddLayer(node, new LstmLayer(cell, returnSequences: false), x, [1, 1, hidden], 1, yh);
        }
    }

    /// <summary>Rows of a [4H × columns] gate stack from ONNX order i, o, f, c to PyTorch order i, f, g, o.</summary>
    internal static double[] Regate(ReadOnlySpan<double> onnx, int hidden, int columns)
    {
        var block = hidden * columns;
        var result = new double[4 * block];
        for (var gate = 0; gate < 4; gate++)
        {
            onnx.Slice(OnnxGateOfIrGate[gate] * block, block).CopyTo(result.AsSpan(gate * block, block));
        }

        return result;
    }
}
