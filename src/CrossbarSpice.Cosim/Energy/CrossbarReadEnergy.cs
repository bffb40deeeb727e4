using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Simulation.Arrays;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// The power each crossbar of a compiled design draws while it is read: representative network inputs are run through
/// the design (the <c>wired</c> level for ideal drivers, else the <c>mapped</c> level), and every read each crossbar
/// sees (one per token of a dense layer, one im2col patch per output pixel of a convolution, one [x_t; h_{t−1}] per
/// time step of an LSTM cell: <see cref="LayerCircuit.Reads"/>) is applied to its tiles at the crossbar's own volts per unit
/// (the manifest's crossbar field), which are solved exactly (wires, drivers, cells); the power is Σ_rows V_row·I_row
/// of the solution.
/// </summary>
public static class CrossbarReadEnergy
{
    /// <summary>Measures every crossbar of <paramref name="design"/> on <paramref name="inputs"/>.</summary>
    /// <param name="design">The design.</param>
    /// <param name="inputs">Data samples, network units (at least one); each is normalised as the design was compiled
    /// (<see cref="CosimDesign.NetworkInput"/>) before it is applied.</param>
    /// <param name="progress">Receives one line per input; may be null.</param>
    /// <param name="cancellationToken">Checked between inputs.</param>
    /// <returns>Per crossbar matrix (an LSTM layer has one per cell), in layer order.</returns>
    /// <exception cref="InputException">A crossbar missing from the plan, an LSTM that outputs only its last step, or an input of the wrong length.</exception>
    public static IReadOnlyList<CrossbarReadFigures> Measure(
        CosimDesign design, IReadOnlyList<double[]> inputs, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfZero(inputs.Count);
        var graph = design.Network;
        var shapes = graph.InferShapes();
        var options = design.Folder.Manifest.Options;
        var scales = design.Folder.Manifest.Layers.SelectMany(l => l.Crossbars).ToDictionary(c => c.Name, c => c.InputVoltsPerUnit, StringComparer.Ordinal);
        var crossbars = new List<(int Index, LayerNode Layer, int Cell, string Name, LayerPlan Plan, double VoltsPerUnit, CrossbarReadout Solvers)>();
        try
        {
            for (var k = 0; k < graph.Layers.Count; k++)
            {
                var layer = graph.Layers[k];
                var matrices = CrossbarMatrix.Of(layer);
                for (var m = 0; m < matrices.Count; m++)
                {
                    var name = matrices[m].Name;
                    var plan = design.Folder.Plan.Layers.FirstOrDefault(l => l.Name == name)
                        ?? throw new InputException(new SourceLocation(design.Folder.Root, Field: name), "no crossbar of that name in the design's conductance plan");
                    var scale = scales.GetValueOrDefault(name, options.InputVoltsPerUnit);
                    crossbars.Add((k, layer, m, name, plan, scale, new CrossbarReadout(plan, options, scale)));
                }
            }

            return Run(design, inputs, crossbars, shapes, progress, cancellationToken);
        }
        finally
        {
            foreach (var crossbar in crossbars)
            {
                crossbar.Solvers.Dispose();
            }
        }
    }

    /// <summary>Reads of each of <paramref name="layer"/>'s crossbars per inference (its catalog entry's,
    /// <see cref="LayerCircuit.ReadsPerInference"/>): out-height × out-width for conv2d (one im2col patch per output
    /// pixel), one per token for dense, one per time step of each cell for LSTM layers.</summary>
    public static int ReadsPerInference(LayerNode layer, IReadOnlyDictionary<string, Core.Tensors.TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(shapes);
        return LayerCircuits.For(layer).ReadsPerInference(layer, shapes);
    }

    private static List<CrossbarReadFigures> Run(
        CosimDesign design,
        IReadOnlyList<double[]> inputs,
        List<(int Index, LayerNode Layer, int Cell, string Name, LayerPlan Plan, double VoltsPerUnit, CrossbarReadout Solvers)> crossbars,
        IReadOnlyDictionary<string, Core.Tensors.TensorShape> shapes,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var graph = design.Network;
        var options = design.Folder.Manifest.Options;
        var watts = new double[crossbars.Count];
        var reads = new long[crossbars.Count];
        var level = design.Level(options.Driver == DriverKind.Ideal ? CosimLevel.Wired : CosimLevel.Mapped);
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

                var input = design.NetworkInput(inputs[n]);
                var outputs = level.Forward(input);
                // A layer's input by name: the network input or any earlier layer's output (not only the previous one's).
                var values = new Dictionary<string, double[]>(StringComparer.Ordinal) { [graph.Inputs[0].Name] = input };
                for (var i = 0; i < graph.Layers.Count; i++)
                {
                    values[graph.Layers[i].Outputs[0]] = outputs[i];
                }

                for (var c = 0; c < crossbars.Count; c++)
                {
                    var (index, layer, cell, _, _, _, solvers) = crossbars[c];
                    var x = values[layer.Inputs[0]];
                    foreach (var read in LayerCircuits.For(layer).Reads(layer, cell, x, outputs[index], shapes))
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
        }

        return [.. crossbars.Select((c, k) => new CrossbarReadFigures(
            c.Name,
            c.Plan.Layout.Inputs,
            c.Plan.Layout.Outputs,
            c.Plan.Layout.Rows,
            c.Plan.Layout.Columns,
            c.Plan.Tiles.Count,
            ReadsPerInference(c.Layer, shapes),
            watts[k] / reads[k],
            reads[k])
        {
            Group = c.Layer.Name,
            VoltsPerUnit = c.VoltsPerUnit,
        })];
    }
}
