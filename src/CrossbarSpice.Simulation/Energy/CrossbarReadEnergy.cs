using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Cosim;

namespace CrossbarSpice.Simulation.Energy;

/// <summary>
/// The power each crossbar of a compiled design draws while it is read: representative network inputs are run through
/// the design (the <c>wired</c> level for ideal drivers, else the <c>mapped</c> level), and every read each crossbar
/// sees (one per dense layer, one im2col patch per output pixel of a convolution) is applied to its tiles, which are
/// solved exactly (wires, drivers, cells); the power is Σ_rows V_row·I_row of the solution.
/// </summary>
public static class CrossbarReadEnergy
{
    /// <summary>Measures every crossbar of <paramref name="design"/> on <paramref name="inputs"/>.</summary>
    /// <param name="design">The design.</param>
    /// <param name="inputs">Network inputs, network units (at least one).</param>
    /// <param name="progress">Receives one line per input; may be null.</param>
    /// <param name="cancellationToken">Checked between inputs.</param>
    /// <returns>Per crossbar layer, in layer order.</returns>
    /// <exception cref="InputException">A layer the energy path cannot compute (LSTM), or an input of the wrong length.</exception>
    public static IReadOnlyList<CrossbarReadFigures> Measure(
        CosimDesign design, IReadOnlyList<double[]> inputs, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfZero(inputs.Count);
        var graph = design.Network;
        var shapes = graph.InferShapes();
        var options = design.Folder.Manifest.Options;
        var crossbars = new List<(int Index, LayerNode Layer, LayerPlan Plan, TileSolvers Solvers)>();
        for (var k = 0; k < graph.Layers.Count; k++)
        {
            var layer = graph.Layers[k];
            if (layer.Op is LstmLayer or BidirectionalLstmLayer or BiLstm2dLayer)
            {
                throw new InputException(new SourceLocation(design.Folder.Root, Field: layer.Name), "the energy report handles dense and conv2d crossbars; LSTM layers are not supported yet");
            }

            if (layer.Op is DenseLayer or Conv2dLayer)
            {
                var plan = design.Folder.Plan.Layers.FirstOrDefault(l => l.Name == layer.Name)
                    ?? throw new InputException(new SourceLocation(design.Folder.Root, Field: layer.Name), "no crossbar of that name in the design's conductance plan");
                crossbars.Add((k, layer, plan, new TileSolvers(plan, options)));
            }
        }

        var level = design.Level(options.Driver == nameof(DriverKind.Ideal) ? CosimLevel.Wired : CosimLevel.Mapped);
        var watts = new double[crossbars.Count];
        var reads = new long[crossbars.Count];
        try
        {
            var inputLength = shapes[graph.Inputs[0].Name].ElementCount;
            for (var n = 0; n < inputs.Count; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (inputs[n].Length != inputLength)
                {
                    throw new InputException(new SourceLocation(null, Field: "input"), $"input {n} has {inputs[n].Length} values; the network takes {inputLength}");
                }

                var outputs = level.Forward(inputs[n]);
                for (var c = 0; c < crossbars.Count; c++)
                {
                    var (index, layer, _, solvers) = crossbars[c];
                    var x = index == 0 ? inputs[n] : outputs[index - 1];
                    foreach (var read in Reads(layer, x, shapes))
                    {
                        watts[c] += solvers.SourceWatts(read);
                        reads[c]++;
                    }
                }

                progress?.Report($"  array energy: input {n + 1}/{inputs.Count}");
            }
        }
        finally
        {
            (level as IDisposable)?.Dispose();
            foreach (var crossbar in crossbars)
            {
                crossbar.Solvers.Dispose();
            }
        }

        return [.. crossbars.Select((c, k) => new CrossbarReadFigures(
            c.Layer.Name,
            c.Plan.Layout.Inputs,
            c.Plan.Layout.Outputs,
            c.Plan.Layout.Rows,
            c.Plan.Layout.Columns,
            c.Plan.Tiles.Count,
            ReadsPerInference(c.Layer, shapes),
            watts[k] / reads[k],
            reads[k]))];
    }

    /// <summary>Reads of <paramref name="layer"/>'s crossbar per inference: 1 for dense, out-height × out-width for conv2d.</summary>
    public static int ReadsPerInference(LayerNode layer, IReadOnlyDictionary<string, Core.Tensors.TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(shapes);
        return layer.Op is Conv2dLayer ? shapes[layer.Outputs[0]][1] * shapes[layer.Outputs[0]][2] : 1;
    }

    private static IEnumerable<double[]> Reads(LayerNode layer, double[] x, IReadOnlyDictionary<string, Core.Tensors.TensorShape> shapes)
    {
        if (layer.Op is not Conv2dLayer conv)
        {
            yield return x;
            yield break;
        }

        var inShape = shapes[layer.Inputs[0]];
        var outShape = shapes[layer.Outputs[0]];
        for (var i = 0; i < outShape[1]; i++)
        {
            for (var j = 0; j < outShape[2]; j++)
            {
                var patch = new double[inShape[0] * conv.KernelSize.Height * conv.KernelSize.Width];
                Im2Col.Patch(conv, x, inShape[0], inShape[1], inShape[2], i, j, patch);
                yield return patch;
            }
        }
    }

    /// <summary>One exact solver per tile of a layer; applies a read's row voltages (inputs × V/unit, bias row).</summary>
    private sealed class TileSolvers(LayerPlan plan, ManifestOptions options) : IDisposable
    {
        private readonly List<(Mapping.Tiling.TileBlock Block, CrossbarArraySolver Solver)> tiles =
            [.. plan.Tiles.Select(t => (t.Block, new CrossbarArraySolver(TileCircuits.For(t, options))))];

        public double SourceWatts(double[] x)
        {
            var layout = plan.Layout;
            var rows = new double[layout.Rows];
            for (var i = 0; i < layout.Inputs; i++)
            {
                rows[i] = options.InputVoltsPerUnit * x[i];
            }

            if (layout.HasBiasRow)
            {
                rows[layout.Inputs] = options.InputVoltsPerUnit * layout.BiasInput;
            }

            var watts = 0.0;
            foreach (var (block, solver) in tiles)
            {
                watts += solver.Solve(rows.AsSpan(block.RowStart, block.RowCount)).SourceWatts;
            }

            return watts;
        }

        public void Dispose()
        {
            foreach (var (_, solver) in tiles)
            {
                solver.Dispose();
            }
        }
    }
}
