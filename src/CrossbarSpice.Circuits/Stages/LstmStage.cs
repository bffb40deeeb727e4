using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// An LSTM layer (lstm, bilstm or bilstm2d) as circuits: one <see cref="LstmCellStage"/> per cell (forward before
/// backward, vertical before horizontal: the order of <see cref="CrossbarMatrix.Of"/>), each run one time step at a
/// time with h and c held between steps (sample-and-hold) by the harness.
/// </summary>
/// <param name="Layers">The LSTM layer.</param>
/// <param name="Cells">Its cells.</param>
public sealed record LstmStage(IReadOnlyList<string> Layers, IReadOnlyList<LstmCellStage> Cells) : CircuitStage(Layers, string.Empty, [], [])
{
    /// <summary>The cells' circuits are transistor level; their definitions come from <see cref="LstmCellNetlist.Definitions"/>.</summary>
    public override bool NeedsProcess => true;

    /// <summary>
    /// The stage of <paramref name="layer"/>, its rows at <paramref name="rowVoltsPerUnit"/>, circuits per <paramref name="options"/>; an
    /// <see cref="UnsupportedStage"/> when a cell's crossbar constant is missing from <paramref name="siemensPerWeight"/>.
    /// </summary>
    public static CircuitStage Plan(LayerNode layer, IReadOnlyDictionary<string, double> siemensPerWeight, double rowVoltsPerUnit, LstmCircuitOptions options)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(siemensPerWeight);
        var cells = new List<LstmCellStage>();
        foreach (var matrix in CrossbarMatrix.Of(layer))
        {
            if (!siemensPerWeight.TryGetValue(matrix.Name, out var k))
            {
                return new UnsupportedStage([layer.Name], $"the LSTM cell {matrix.Name} has no crossbar in the design");
            }

            var hidden = matrix.Weights.Outputs / 4;
            var rows = matrix.Weights.Inputs;
            cells.Add(new LstmCellStage(
                [layer.Name],
                $"{matrix.Name}/deck.cir",
                [.. Enumerable.Range(0, rows).Select(r => $"Vin{r}"), .. Enumerable.Range(0, hidden).Select(c => $"Vc{c}")],
                [Nets("y", 4 * hidden), Nets("c", hidden), Nets("h", hidden)],
                matrix.Name,
                rows - hidden,
                hidden,
                LstmCellScales.For(options.Sigmoid, k, rowVoltsPerUnit, options.CellVoltsPerUnit)));
        }

        return new LstmStage([layer.Name], cells);
    }

    private static List<string> Nets(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => $"{prefix}{i}")];
}

/// <summary>
/// One time step of one LSTM cell ([P0] Fig. 6): the gate crossbar (rows [x_t; h_{t−1}; 1]) with a current
/// subtractor per gate output, sigmoid circuits on i, f, o, tanh on g, Gilbert multipliers f⊙c_{t−1} and i⊙g, the
/// adder giving c_t, tanh on c_t and the multiplier o⊙tanh(c_t) giving h_t. Inputs: <c>Vin0…Vin{I−1}</c> (x_t at
/// the row scale), <c>Vin{I}…Vin{I+H−1}</c> (h_{t−1}, same scale), <c>Vc0…Vc{H−1}</c> (c_{t−1} at the cell scale).
/// Outputs: the gate pre-activations <c>y0…y{4H−1}</c>, c_t on <c>c0…</c>, h_t on <c>h0…</c>.
/// </summary>
/// <param name="Layers">The LSTM layer.</param>
/// <param name="Deck">The cell's deck (the gate crossbar's deck with the cell periphery).</param>
/// <param name="InputSources">Row sources, then the held c_{t−1} sources.</param>
/// <param name="OutputNodes">[pre-activations (4H), c_t (H), h_t (H)].</param>
/// <param name="Crossbar">The gate crossbar's name.</param>
/// <param name="InputSize">I.</param>
/// <param name="Hidden">H.</param>
/// <param name="Scales">The scale factors between the blocks.</param>
public sealed record LstmCellStage(
    IReadOnlyList<string> Layers,
    string Deck,
    IReadOnlyList<string> InputSources,
    IReadOnlyList<IReadOnlyList<string>> OutputNodes,
    string Crossbar,
    int InputSize,
    int Hidden,
    LstmCellScales Scales) : CircuitStage(Layers, Deck, InputSources, OutputNodes)
{
    /// <summary>Volts per unit of input <paramref name="index"/> (a row or a held c).</summary>
    public double InputVoltsPerUnit(int index) => index < InputSize + Hidden ? Scales.RowVoltsPerUnit : Scales.CellVoltsPerUnit;

    /// <summary>Volts per unit of output <paramref name="index"/> of output group <paramref name="group"/> (0 pre-activations, 1 c, 2 h).</summary>
    public double OutputVoltsPerUnit(int group, int index) => group switch
    {
        0 => Scales.PreactivationVoltsPerUnit[index / Hidden],
        1 => Scales.CellVoltsPerUnit,
        _ => Scales.HiddenVoltsPerUnit,
    };
}
