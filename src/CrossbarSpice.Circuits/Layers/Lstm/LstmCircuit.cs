using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Lstm;

/// <summary>
/// The LSTM family (lstm, bilstm, [P0]'s bilstm2d): one gate crossbar [W_ih | W_hh] per cell ([P0] eq. 7; forward
/// before backward, vertical before horizontal), each cell an <see cref="LstmStage"/> stepped through time with h and c
/// held between steps (docs/lstm-circuit.md); its periphery per hidden unit is <see cref="LstmCellPeriphery"/>.
/// </summary>
public sealed class LstmCircuit : LayerCircuit
{
    /// <inheritdoc />
    public override bool IsRecurrent => true;

    /// <inheritdoc />
    public override IReadOnlyList<CrossbarMatrix> CrossbarMatrices(LayerNode layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer.Op switch
        {
            LstmLayer lstm => [Matrix(layer.Name, layer.Name, lstm.Cell)],
            BidirectionalLstmLayer bi => Pair(layer.Name, layer.Name, bi),
            BiLstm2dLayer grid => [.. Pair($"{layer.Name}/vertical", layer.Name, grid.Vertical), .. Pair($"{layer.Name}/horizontal", layer.Name, grid.Horizontal)],
            _ => throw new ArgumentException($"layer {layer.Name} is not an LSTM layer", nameof(layer)),
        };
    }

    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.Add(LstmStage.Plan(planning.Layers[index], planning.SiemensPerWeight, planning.InputVoltsPerUnitOf(index), planning.Lstm));
        return 1;
    }

    /// <summary>The cells at the <c>wired</c> level (<see cref="LstmCellCircuit"/>): crossbars read exactly, ideal gates.</summary>
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(evaluation);
        var inputSize = layer.Op switch { LstmLayer l => l.Cell.InputSize, BidirectionalLstmLayer b => b.InputSize, _ => ((BiLstm2dLayer)layer.Op).InputSize };
        var cells = evaluation.LayerCrossbars[layer.Name].Select(crossbar => new LstmCellCircuit(crossbar, inputSize)).ToArray();
        var inShape = evaluation.InputShape(layer);
        return layer.Op switch
        {
            LstmLayer lstm => LstmLayerCircuits.Lstm(lstm, cells[0], x),
            BidirectionalLstmLayer bi => LstmLayerCircuits.Bidirectional(bi, cells[0], cells[1], x),
            _ => LstmLayerCircuits.Grid(cells, x, inShape[0], inShape[1]),
        };
    }

    /// <inheritdoc />
    public override int ReadsPerInference(LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes) => LstmReads.PerCell(layer, shapes);

    /// <inheritdoc />
    public override IEnumerable<double[]> Reads(LayerNode layer, int cell, double[] x, double[] y, IReadOnlyDictionary<string, TensorShape> shapes) =>
        LstmReads.Of(layer, cell, x, y, shapes);

    /// <inheritdoc />
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(planning);
        var output = planning.Shapes[layer.Outputs[0]];
        var cells = CrossbarMatrices(layer);
        var hidden = cells[0].Weights.Outputs / 4;
        var steps = ReadsPerInference(layer, planning.Shapes);
        var sigmoid = planning.LstmSigmoids?.GetValueOrDefault(layer.Name) ?? LstmCellPeriphery.SixTransistor;
        foreach (var (role, module, perUnit) in LstmCellPeriphery.PerUnit(sigmoid))
        {
            var instances = (long)cells.Count * hidden * perUnit;
            planning.Add(new PeripheryUse(layer.Name, role, module, instances, instances * steps,
                PeripheryPlanning.Text($"{perUnit} per hidden unit x {hidden} units x {cells.Count} cell(s), {steps} step(s) each")));
        }

        planning.AddDrivers(layer.Name, [.. cells.Select(c => c.Name)], steps);
        planning.ChannelAxis = output.Rank > 1 ? output.Rank - 1 : null;
    }

    /// <summary>h and c of every hidden unit of every cell, sampled once per step (<see cref="LstmCellPeriphery.HeldValuesPerUnit"/>).</summary>
    public override HeldValues? HeldValuesPerStep(LayerNode layer)
    {
        var cells = CrossbarMatrices(layer);
        var hidden = cells[0].Weights.Outputs / 4;
        return new HeldValues(
            (long)cells.Count * hidden * LstmCellPeriphery.HeldValuesPerUnit,
            PeripheryPlanning.Text($"{LstmCellPeriphery.HeldValuesPerUnit} per hidden unit x {hidden} units x {cells.Count} cell(s), one sample per step"));
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.BiLstm2d;

    /// <summary>
    /// The sequences cell <paramref name="cellIndex"/> of <paramref name="op"/> steps through for a batch of
    /// <paramref name="samples"/> inputs of shape <paramref name="inShape"/>: lstm / bilstm one per sample and direction;
    /// bilstm2d one per column (vertical cells) or row (horizontal cells) of tokens [H, W, C]. Outputs are laid out as
    /// the reference's: lstm [T, H] (or the last h), bilstm [T, 2H] ([h_fwd; h_bwd] per step, or [h_fwd(T−1); h_bwd(0)]),
    /// bilstm2d [H, W, 4H] (token channels [v_fwd; v_bwd; h_fwd; h_bwd]).
    /// </summary>
    public static IReadOnlyList<LstmSequenceLane> SequenceLanes(LayerOp op, TensorShape inShape, int cellIndex, int samples)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(inShape);
        var lanes = new List<LstmSequenceLane>();
        for (var s = 0; s < samples; s++)
        {
            switch (op)
            {
                case LstmLayer lstm:
                    {
                        int steps = inShape[0], hidden = lstm.Cell.HiddenSize;
                        lanes.Add(new LstmSequenceLane(s, 0, inShape[1], steps, false, (t, last) => lstm.ReturnSequences ? t * hidden : last ? 0 : -1));
                        break;
                    }

                case BidirectionalLstmLayer bi:
                    {
                        int steps = inShape[0], hidden = bi.Forward.HiddenSize, direction = cellIndex;
                        lanes.Add(new LstmSequenceLane(s, 0, inShape[1], steps, direction == 1, (t, last) =>
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
                                lanes.Add(new LstmSequenceLane(s, w * channels, width * channels, height, reverse, (t, _) => ((((t * width) + column) * 4) + cellIndex) * hidden));
                            }
                        }
                        else
                        {
                            for (var h = 0; h < height; h++)
                            {
                                var row = h;
                                lanes.Add(new LstmSequenceLane(s, h * width * channels, channels, width, reverse, (t, _) => ((((row * width) + t) * 4) + cellIndex) * hidden));
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

    private static CrossbarMatrix[] Pair(string prefix, string layer, BidirectionalLstmLayer pair) =>
        [Matrix($"{prefix}/forward", layer, pair.Forward), Matrix($"{prefix}/backward", layer, pair.Backward)];

    private static CrossbarMatrix Matrix(string name, string layer, LstmCell cell)
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
