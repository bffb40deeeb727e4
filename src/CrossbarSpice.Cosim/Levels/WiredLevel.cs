using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Cosim.Levels;

/// <summary>
/// The <c>wired</c> level of a network (layers in dependency order, each reading its input values by name): every compiled crossbar read through its tiles, solved exactly with
/// wires, drivers and cells (<see cref="CrossbarReadout"/>); how each layer uses its crossbars (dense once per token, a
/// convolution once per output pixel, an LSTM cell once per time step with ideal gates) and what the ideal periphery
/// of the other layers computes is the layer's catalog entry's business (<see cref="LayerCircuit.Wired(LayerNode, IReadOnlyList{double[]}, WiredEvaluation)"/>). Thread-safe.
/// </summary>
internal sealed class WiredLevel : ILevelForward, IDisposable
{
    private readonly NetworkGraph graph;
    private readonly Dictionary<string, ICrossbarRead> crossbars = new(StringComparer.Ordinal);
    private readonly WiredEvaluation evaluation;

    /// <summary>Prepares every crossbar of <paramref name="plan"/> for <paramref name="graph"/>.</summary>
    /// <param name="graph">The network.</param>
    /// <param name="plan">The programmed conductances.</param>
    /// <param name="manifest">The design's manifest (options, crossbars' volts per unit).</param>
    /// <param name="designRoot">The design folder, for errors.</param>
    /// <param name="read">How a crossbar is read, from its plan and volts per unit: null, the wired tiles
    /// (<see cref="CrossbarReadout"/>); the bit-serial <c>mapped</c> level passes <see cref="BitSerialMappedRead"/>.</param>
    /// <exception cref="InputException">A layer the circuit path cannot compute, or a crossbar missing from the plan.</exception>
    public WiredLevel(NetworkGraph graph, ConductancePlan plan, DesignManifest manifest, string designRoot, Func<LayerPlan, double, ICrossbarRead>? read = null)
    {
        read ??= (layerPlan, voltsPerUnit) => new CrossbarReadout(layerPlan, manifest.Options, voltsPerUnit);
        var scales = manifest.Layers.SelectMany(l => l.Crossbars).ToDictionary(c => c.Name, c => c.InputVoltsPerUnit, StringComparer.Ordinal);
        this.graph = graph;
        var layerCrossbars = new Dictionary<string, IReadOnlyList<ICrossbarRead>>(StringComparer.Ordinal);
        foreach (var layer in graph.Layers)
        {
            if (!LayerCircuits.Has(layer.Op))
            {
                throw new InputException(new SourceLocation(designRoot, Field: layer.Name), $"cosim handles sequential dense/conv/LSTM networks; layer type {layer.Op.TypeName} is not supported by the circuit path yet");
            }

            var own = new List<ICrossbarRead>();
            foreach (var matrix in LayerCircuits.For(layer).CrossbarMatrices(layer))
            {
                var layerPlan = plan.Layers.FirstOrDefault(l => l.Name == matrix.Name)
                    ?? throw new InputException(new SourceLocation(designRoot, Field: matrix.Name), "no crossbar of that name in the design's conductance plan (recompile the design)");
                var readout = read(layerPlan, scales.GetValueOrDefault(matrix.Name, manifest.Options.InputVoltsPerUnit));
                crossbars.Add(matrix.Name, readout);
                own.Add(readout);
            }

            layerCrossbars.Add(layer.Name, own);
        }

        evaluation = new WiredEvaluation(graph.InferShapes(), crossbars.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal), layerCrossbars);
    }

    /// <inheritdoc />
    public IReadOnlyList<double[]> Forward(double[] input)
    {
        // Values by name: a layer reads the values it names (a residual add reads an earlier layer's output too).
        var values = new Dictionary<string, double[]>(StringComparer.Ordinal) { [graph.Inputs[0].Name] = input };
        var outputs = new List<double[]>(graph.Layers.Count);
        foreach (var layer in graph.Layers)
        {
            var y = LayerCircuits.For(layer).Wired(layer, [.. layer.Inputs.Select(name => values[name])], evaluation);
            values[layer.Outputs[0]] = y;
            outputs.Add(y);
        }

        return outputs;
    }

    /// <summary>Frees the crossbars' factorisations.</summary>
    public void Dispose()
    {
        foreach (var crossbar in crossbars.Values)
        {
            (crossbar as IDisposable)?.Dispose();
        }
    }
}
