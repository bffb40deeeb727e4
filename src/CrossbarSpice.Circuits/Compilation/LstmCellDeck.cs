using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// Completes an LSTM cell's deck after its crossbar tiles: the held c_{t−1} sources <c>Vc{k}</c> on nets <c>cp{k}</c>
/// (0 V until a step is applied), the supplies, the cell periphery (<see cref="LstmCellNetlist"/>) and an operating point.
/// </summary>
public static class LstmCellDeck
{
    /// <summary>Appends the cell to <paramref name="items"/>; returns the pre-activation outputs and the readout's volts per ampere.</summary>
    public static (IReadOnlyList<OutputNet> Outputs, double FeedbackOhms) Complete(List<NetlistItem> items, LstmCellStage cell, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(options);
        for (var k = 0; k < cell.Hidden; k++)
        {
            items.Add(new VoltageSource($"Vc{k}", $"cp{k}", "0", 0.0));
        }

        items.Add(new VoltageSource("Vdd", "vdd", "0", options.SupplyVolts));
        items.Add(new VoltageSource("Vss", "vss", "0", -options.SupplyVolts));
        items.AddRange(LstmCellNetlist.Cell(cell.Scales, cell.Hidden));
        items.Add(new OpAnalysis());
        var outputs = cell.OutputNodes[0].Select((net, j) => new OutputNet(j, net, null, null)).ToList();

        // Volts on y{j} per ampere of I+ − I− of the input gate (the other gates' are in the manifest's Lstm scales).
        var s = cell.Scales;
        return (outputs, s.PreactivationVoltsPerUnit[0] / (s.SiemensPerWeight * s.RowVoltsPerUnit));
    }
}
