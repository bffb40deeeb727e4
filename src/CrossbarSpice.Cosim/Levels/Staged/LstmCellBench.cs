using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// DC benches of an LSTM cell's blocks, built from the same <see cref="LstmCellNetlist"/> methods as the deck and
/// run on the design's own library: a gate path (current into its G+ column sense; table input in units of
/// pre-activation, 2401 points over ±3× its characterised range, so that the tables follow the circuit (soft clamps
/// and all) where trained networks drive it beyond its range), tanh(c) (c in volts, 2401 points over ±2·range·s_c),
/// and on 2-D grids the multiplier (gate volts −0.5…1.7 × other input ±2 V, 50 mV steps) and the adder (±1.8 V ×
/// ±1.8 V, 50 mV steps).
/// </summary>
internal static class LstmCellBench
{
    /// <summary>Points of a 1-D table.</summary>
    public const int Points = 2401;

    /// <summary>Grid step of the 2-D tables, V.</summary>
    public const double GridStep = 0.05;

    /// <summary>Gate <paramref name="gate"/>'s transfer: pre-activation (units) → gate value (V).</summary>
    public static CharacterisedTransfer Gate(ISimulationEngine engine, string library, double supply, LstmCellScales scales, int gate)
    {
        var unitCurrent = scales.SiemensPerWeight * scales.RowVoltsPerUnit;
        var range = scales.GateRanges[gate] * 3;
        var items = Supplies(library, supply, scales);
        items.Add(new CurrentSource("Iu", "0", "colp", 0.0));
        items.AddRange(LstmCellNetlist.Gate(scales, gate, "0", "colp", "coln", "y0", "a0"));
        var step = 2 * range * unitCurrent / (Points - 1);
        var run = Run(engine, items, new DcAnalysis(new DcSweep("Iu", -range * unitCurrent, range * unitCurrent, step)), $"LSTM gate {gate}");
        return CharacterisedTransfer.OneDimensional([.. run.Axis!.Values.Select(i => i / unitCurrent)], run["v(a0)"].Values);
    }

    /// <summary>tanh(c)'s transfer: c (V) → tanh(c) (V).</summary>
    public static CharacterisedTransfer TanhOfCell(ISimulationEngine engine, string library, double supply, LstmCellScales scales)
    {
        var range = 2 * scales.CellRange * scales.CellVoltsPerUnit;
        var items = Supplies(library, supply, scales);
        items.Add(new VoltageSource("Vcell", "c0", "0", 0.0));
        items.AddRange(LstmCellNetlist.TanhOfCell(scales, "0", "c0", "tc0"));
        var run = Run(engine, items, new DcAnalysis(new DcSweep("Vcell", -range, range, 2 * range / (Points - 1))), "LSTM tanh(c)");
        return CharacterisedTransfer.OneDimensional(run.Axis!.Values, run["v(tc0)"].Values);
    }

    /// <summary>The multiplier <paramref name="subcircuit"/>: (gate V, other V) → V.</summary>
    public static CharacterisedTransfer Multiplier(ISimulationEngine engine, string library, double supply, LstmCellScales scales, string subcircuit)
    {
        var items = Supplies(library, supply, scales);
        items.Add(LstmCellNetlist.Multiplier("0", "a", "b", "out", subcircuit));
        return Grid(engine, items, (-0.5, 1.7), (-2.0, 2.0), "LSTM multiplier");
    }

    /// <summary>The adder: (a V, b V) → V.</summary>
    public static CharacterisedTransfer Adder(ISimulationEngine engine, string library, double supply, LstmCellScales scales)
    {
        var items = Supplies(library, supply, scales);
        items.Add(LstmCellNetlist.Adder("0", "a", "b", "out"));
        return Grid(engine, items, (-1.8, 1.8), (-1.8, 1.8), "LSTM adder");
    }

    private static CharacterisedTransfer Grid(ISimulationEngine engine, List<NetlistItem> items, (double Low, double High) first, (double Low, double High) second, string title)
    {
        items.Add(new VoltageSource("Va", "a", "0", 0.0));
        items.Add(new VoltageSource("Vb", "b", "0", 0.0));
        var inner = Axis(first);
        var outer = Axis(second);
        var run = Run(engine, items, new DcAnalysis(new DcSweep("Va", first.Low, first.High, GridStep), new DcSweep("Vb", second.Low, second.High, GridStep)), title);
        var output = run["v(out)"].Values;
        var axis = run.Axis!.Values;
        if (output.Count != inner.Length * outer.Length || Math.Abs(axis[inner.Length - 1] - inner[^1]) > 1e-6)
        {
            throw new InvalidOperationException($"{title}: the nested sweep returned {output.Count} points, expected {inner.Length}×{outer.Length} with the inner sweep fastest");
        }

        return CharacterisedTransfer.TwoDimensional(inner, outer, output);
    }

    private static double[] Axis((double Low, double High) range)
    {
        var count = (int)Math.Round((range.High - range.Low) / GridStep) + 1;
        return [.. Enumerable.Range(0, count).Select(i => range.Low + (i * GridStep))];
    }

    private static List<NetlistItem> Supplies(string library, double supply, LstmCellScales scales) =>
    [
        new IncludeDirective(library),
        new VoltageSource("Vdd", "vdd", "0", supply),
        new VoltageSource("Vss", "vss", "0", -supply),
        .. LstmCellNetlist.SharedSources(scales),
    ];

    private static SimulationResult Run(ISimulationEngine engine, List<NetlistItem> items, DcAnalysis sweep, string title) =>
        engine.Run(new SimulationRequest(new SpiceNetlist($"characterisation bench: {title}", items), sweep) { Timeout = TimeSpan.FromMinutes(10) });
}
