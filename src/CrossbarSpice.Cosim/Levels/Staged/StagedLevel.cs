using System.Globalization;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// A fidelity level that runs the design's circuit stages in the order the manifest wires them, each stage driven by
/// the output voltages of the values its first layer reads (by name: the previous stage's, or an earlier one's over a
/// skip connection); how one stage is computed is the evaluator's business
/// (<c>characterised</c>: array solver and transfer tables; <c>spice</c>: ngspice on the stage's deck). Samples are
/// processed as a batch, stage by stage, so a stage's simulator is started once for all lanes of the batch.
/// </summary>
internal sealed class StagedLevel : IBatchLevelForward, IDisposable
{
    private readonly NetworkGraph graph;
    private readonly IReadOnlyList<CircuitStage> stages;
    private readonly IReadOnlyDictionary<string, TensorShape> shapes;
    private readonly IStageEvaluator evaluator;
    private readonly Dictionary<string, int> layerIndex;

    /// <summary>The level for <paramref name="graph"/> cut into <paramref name="stages"/>, each with a circuit.</summary>
    public StagedLevel(NetworkGraph graph, IReadOnlyList<CircuitStage> stages, IStageEvaluator evaluator)
    {
        this.graph = graph;
        this.stages = stages;
        this.evaluator = evaluator;
        shapes = graph.InferShapes();
        layerIndex = graph.Layers.Select((l, i) => (l.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The ranges the LSTM cells' signals took at this level (<see cref="LstmRangeReport"/>).</summary>
    public LstmRangeLog RangeLog { get; } = new();

    /// <summary>How one stage is computed.</summary>
    internal IStageEvaluator Evaluator => evaluator;

    /// <summary>Receives a line as each stage starts (the slow spice level shows where it is); null for none.</summary>
    internal IProgress<string>? Progress { get; set; }

    /// <inheritdoc />
    public IReadOnlyList<double[]> Forward(double[] input) => Forward([input], CancellationToken.None)[0];

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<double[]>> Forward(IReadOnlyList<double[]> inputs, CancellationToken cancellationToken)
    {
        var outputs = inputs.Select(_ => new double[graph.Layers.Count][]).ToArray();
        // Per sample, every value computed so far by name: a stage reads its first layer's input values (a residual
        // add reads an earlier stage's output beside the previous one).
        var values = inputs.Select(x => new Dictionary<string, double[]>(StringComparer.Ordinal) { [graph.Inputs[0].Name] = x }).ToArray();
        foreach (var stage in stages)
        {
            var first = graph.Layers[layerIndex[stage.Layers[0]]];
            if (stage is WiringStage wiring)
            {
                for (var s = 0; s < values.Length; s++)
                {
                    var routed = wiring.Route(values[s][first.Inputs[0]]);
                    values[s][first.Outputs[0]] = routed;
                    outputs[s][layerIndex[first.Name]] = routed;
                }

                continue;
            }

            if (stage is LstmStage lstm)
            {
                Progress?.Report(string.Create(CultureInfo.InvariantCulture, $"    {first.Name}: LSTM cells of {values.Length} sample(s), step by step"));
                var index = layerIndex[first.Name];
                LstmSequences.Forward(RangeLog, lstm, first, shapes, evaluator, [.. values.Select(v => v[first.Inputs[0]])], outputs, index, cancellationToken);
                for (var s = 0; s < values.Length; s++)
                {
                    values[s][first.Outputs[0]] = outputs[s][index];
                }

                continue;
            }

            var lanes = LayerCircuits.For(first).Lanes(stage, first, shapes);
            var perSample = lanes.Count;
            var laneInputs = new List<double[]>(perSample * values.Length);
            foreach (var sample in values)
            {
                double[][] stageInputs = [.. first.Inputs.Select(name => sample[name])];
                for (var lane = 0; lane < perSample; lane++)
                {
                    var input = lanes.LaneInput(stageInputs, lane, 0.0);
                    // Beyond a circuit's characterised range the answer would be wrong: stop, naming the layer.
                    if (stage.LaneInputError(input) is { } error)
                    {
                        throw new InputException(new SourceLocation(null, Field: first.Name), $"layer {first.Name}: {error}");
                    }

                    laneInputs.Add(input);
                }
            }

            Progress?.Report(string.Create(CultureInfo.InvariantCulture, $"    {string.Join(" + ", stage.Layers)}: {laneInputs.Count} lane(s)"));
            var laneOutputs = evaluator.EvaluateSamples(stage, laneInputs, perSample, cancellationToken);
            for (var s = 0; s < values.Length; s++)
            {
                var tensors = lanes.Assemble(new ArraySegment<double[][]>(laneOutputs, s * perSample, perSample));
                for (var l = 0; l < stage.Layers.Count; l++)
                {
                    var layer = graph.Layers[layerIndex[stage.Layers[l]]];
                    outputs[s][layerIndex[layer.Name]] = tensors[l];
                    values[s][layer.Outputs[0]] = tensors[l];
                }
            }
        }

        return outputs;
    }

    /// <summary>Frees the evaluator's resources.</summary>
    public void Dispose() => (evaluator as IDisposable)?.Dispose();
}
