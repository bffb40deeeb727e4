using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Circuits.Devices;

/// <summary>
/// A small crossbar of one card's cells for checks: row i driven by source <c>vr{i}</c>, column j held at 0 V by
/// source <c>vc{j}</c> (so <c>i(vc{j})</c> is the column current, positive into the column), word line <c>wl</c> at
/// the card's gate voltage for 1T1M cells. No wire resistance.
/// </summary>
public static class DeviceArrayBench
{
    /// <summary>Builds the bench netlist (no analysis).</summary>
    /// <param name="card">A valid memristor card.</param>
    /// <param name="rowVolts">Voltage on each row, V.</param>
    /// <param name="deviceStates">Per cell [row, column]: conductance in S for the static model, state x0 (0–1) for dynamic models.</param>
    public static SpiceNetlist Build(MemristorCard card, IReadOnlyList<double> rowVolts, double[,] deviceStates)
    {
        ArgumentNullException.ThrowIfNull(rowVolts);
        ArgumentNullException.ThrowIfNull(deviceStates);
        if (deviceStates.GetLength(0) != rowVolts.Count)
        {
            throw new ArgumentException("deviceStates needs one row per row voltage", nameof(deviceStates));
        }

        var cell = CellSubcircuitGenerator.Generate(card);
        var items = new List<NetlistItem>(cell.Definitions);
        for (var i = 0; i < rowVolts.Count; i++)
        {
            items.Add(new VoltageSource($"vr{i}", $"r{i}", "0", rowVolts[i]));
        }

        var columns = deviceStates.GetLength(1);
        for (var j = 0; j < columns; j++)
        {
            items.Add(new VoltageSource($"vc{j}", $"c{j}", "0", 0.0));
        }

        if (cell.WordLineVolts is { } gate)
        {
            items.Add(new VoltageSource("vwl", "wl", "0", gate));
        }

        for (var i = 0; i < rowVolts.Count; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                string[] nodes = cell.WordLineVolts is null ? [$"r{i}", $"c{j}"] : [$"r{i}", $"c{j}", "wl"];
                items.Add(new SubcircuitInstance($"x{i}_{j}", nodes, cell.CellName, [new SpiceParameter(cell.StateParameter, deviceStates[i, j])]));
            }
        }

        return new SpiceNetlist($"{card.Name}: {rowVolts.Count}x{columns} array", items);
    }
}
