using CrossbarSpice.Circuits.Layers.Lstm;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// Runs an <see cref="LstmStage"/> at a staged level: every cell steps through its sequences
/// (<see cref="LstmCircuit.SequenceLanes"/>), one lane per sequence, each step one <see cref="IStageEvaluator.Evaluate"/> of the cell's stage for all lanes of the
/// batch with inputs [x_t; h_{t−1}; c_{t−1}]; h and c are held between steps (sample-and-hold), starting from 0.
/// Outputs are laid out as the reference's: lstm [T, H] (or the last h), bilstm [T, 2H] ([h_fwd; h_bwd] per step, or
/// [h_fwd(T−1); h_bwd(0)]), bilstm2d [H, W, 4H] (token channels [v_fwd; v_bwd; h_fwd; h_bwd]). Every step's
/// pre-activations and c_t are recorded in the level's <see cref="LstmRangeLog"/>.
/// </summary>
internal static class LstmSequences
{
    /// <summary>Runs <paramref name="stage"/> (layer <paramref name="layer"/>, output index <paramref name="index"/>) on the batch <paramref name="current"/>, in place.</summary>
    public static void Forward(LstmRangeLog log, LstmStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes, IStageEvaluator evaluator, double[][] current, double[][][] outputs, int index, CancellationToken cancellationToken)
    {
        var inShape = shapes[layer.Inputs[0]];
        var outLength = shapes[layer.Outputs[0]].ElementCount;
        var results = current.Select(_ => new double[outLength]).ToArray();
        var cells = stage.Cells.Select((cell, c) => (cell, LstmCircuit.SequenceLanes(layer.Op, inShape, c, current.Length))).ToList();
        Parallel.ForEach(cells, new ParallelOptions { CancellationToken = cancellationToken }, pair => Run(pair.cell, pair.Item2, evaluator, current, results, log, cancellationToken));
        for (var s = 0; s < current.Length; s++)
        {
            outputs[s][index] = results[s];
            current[s] = results[s];
        }
    }

    private static void Run(LstmCellStage cell, IReadOnlyList<LstmSequenceLane> lanes, IStageEvaluator evaluator, double[][] x, double[][] results, LstmRangeLog log, CancellationToken cancellationToken)
    {
        int inputs = cell.InputSize, hidden = cell.Hidden;
        var held = lanes.Select(_ => new double[2 * hidden]).ToArray(); // [h; c] per lane
        // The lanes come sample by sample, the same number for each (LstmCircuit.SequenceLanes); the spice level keeps
        // every ngspice run within one sample so that a sample's bits do not depend on its batch.
        var perSample = x.Length > 0 && lanes.Count % x.Length == 0 && lanes.Select((lane, l) => lane.Sample == l / (lanes.Count / x.Length)).All(b => b)
            ? lanes.Count / x.Length
            : 1;
        var steps = lanes.Max(l => l.Steps);
        for (var n = 0; n < steps; n++)
        {
            var laneInputs = new double[lanes.Count][];
            for (var l = 0; l < lanes.Count; l++)
            {
                var lane = lanes[l];
                var t = lane.Reverse ? lane.Steps - 1 - n : n;
                laneInputs[l] = [.. x[lane.Sample].AsSpan(lane.Start + (t * lane.Stride), inputs), .. held[l]];
            }

            var stepOutputs = evaluator.EvaluateSamples(cell, laneInputs, perSample, cancellationToken);
            log.Record(cell, stepOutputs);
            for (var l = 0; l < lanes.Count; l++)
            {
                var lane = lanes[l];
                var t = lane.Reverse ? lane.Steps - 1 - n : n;
                var (c, h) = (stepOutputs[l][1], stepOutputs[l][2]);
                h.CopyTo(held[l], 0);
                c.CopyTo(held[l], hidden);
                var offset = lane.Output(t, n == lane.Steps - 1);
                if (offset >= 0)
                {
                    h.CopyTo(results[lane.Sample], offset);
                }
            }
        }
    }
}
