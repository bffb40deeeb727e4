using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Simulation.Cosim.Staged;

/// <summary>
/// Runs an <see cref="LstmStage"/> at a staged level: every cell steps through its sequences, one lane per sequence
/// (lstm / bilstm: one per sample and direction; bilstm2d: one per column (vertical cells) or row (horizontal cells) of
/// tokens [H, W, C]), each step one <see cref="IStageEvaluator.Evaluate"/> of the cell's stage for all lanes of the
/// batch with inputs [x_t; h_{t−1}; c_{t−1}]; h and c are held between steps (sample-and-hold), starting from 0.
/// Outputs are laid out as the reference's: lstm [T, H] (or the last h), bilstm [T, 2H] ([h_fwd; h_bwd] per step, or
/// [h_fwd(T−1); h_bwd(0)]), bilstm2d [H, W, 4H] (token channels [v_fwd; v_bwd; h_fwd; h_bwd]). Every step's
/// pre-activations and c_t are recorded in the level's <see cref="LstmRangeLog"/>.
/// </summary>
internal static class LstmSequences
{
    /// <summary>Runs <paramref name="stage"/> (layer <paramref name="layer"/>, output index <paramref name="index"/>) on the batch <paramref name="current"/>, in place.</summary>
    public static void Forward(object level, LstmStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes, IStageEvaluator evaluator, double[][] current, double[][][] outputs, int index, CancellationToken cancellationToken)
    {
        var inShape = shapes[layer.Inputs[0]];
        var outLength = shapes[layer.Outputs[0]].ElementCount;
        var log = LstmRangeLog.Of(level);
        var results = current.Select(_ => new double[outLength]).ToArray();
        var cells = stage.Cells.Select((cell, c) => (cell, Lanes(layer.Op, inShape, c, current.Length))).ToList();
        Parallel.ForEach(cells, new ParallelOptions { CancellationToken = cancellationToken }, pair => Run(pair.cell, pair.Item2, evaluator, current, results, log, cancellationToken));
        for (var s = 0; s < current.Length; s++)
        {
            outputs[s][index] = results[s];
            current[s] = results[s];
        }
    }

    private static void Run(LstmCellStage cell, List<Lane> lanes, IStageEvaluator evaluator, double[][] x, double[][] results, LstmRangeLog log, CancellationToken cancellationToken)
    {
        int inputs = cell.InputSize, hidden = cell.Hidden;
        var held = lanes.Select(_ => new double[2 * hidden]).ToArray(); // [h; c] per lane
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

            var stepOutputs = evaluator.Evaluate(cell, laneInputs, cancellationToken);
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

    private static List<Lane> Lanes(LayerOp op, TensorShape inShape, int cellIndex, int samples)
    {
        var lanes = new List<Lane>();
        for (var s = 0; s < samples; s++)
        {
            switch (op)
            {
                case LstmLayer lstm:
                    {
                        int steps = inShape[0], hidden = lstm.Cell.HiddenSize;
                        lanes.Add(new Lane(s, 0, inShape[1], steps, false, (t, last) => lstm.ReturnSequences ? t * hidden : last ? 0 : -1));
                        break;
                    }

                case BidirectionalLstmLayer bi:
                    {
                        int steps = inShape[0], hidden = bi.Forward.HiddenSize, direction = cellIndex;
                        lanes.Add(new Lane(s, 0, inShape[1], steps, direction == 1, (t, last) =>
                            bi.ReturnSequences ? ((2 * t) + direction) * hidden : last ? direction * hidden : -1));
                        break;
                    }

                case BiLstm2dLayer grid:
                    {
                        int height = inShape[0], width = inShape[1], channels = inShape[2];
                        var hidden = grid.Vertical.Forward.HiddenSize;
                        var reverse = cellIndex % 2 == 1;
                        if (cellIndex < 2)
                        {
                            for (var w = 0; w < width; w++)
                            {
                                var column = w;
                                lanes.Add(new Lane(s, w * channels, width * channels, height, reverse, (t, _) => ((((t * width) + column) * 4) + cellIndex) * hidden));
                            }
                        }
                        else
                        {
                            for (var h = 0; h < height; h++)
                            {
                                var row = h;
                                lanes.Add(new Lane(s, h * width * channels, channels, width, reverse, (t, _) => ((((row * width) + t) * 4) + cellIndex) * hidden));
                            }
                        }

                        break;
                    }

                default:
                    throw new ArgumentException($"layer type {op.TypeName} is not an LSTM", nameof(op));
            }
        }

        return lanes;
    }

    /// <summary>One sequence: x_t at <c>Start + t·Stride</c>; <c>Output(t, last)</c> is where h_t goes in the layer output, or −1.</summary>
    private sealed record Lane(int Sample, int Start, int Stride, int Steps, bool Reverse, Func<int, bool, int> Output);
}
