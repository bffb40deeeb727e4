using System.Diagnostics;
using System.Globalization;
using System.Text;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Benchmarks;

/// <summary>
/// The spice level's two ways of putting an ohmic tile with wires into ngspice, on the same test bench in one run:
/// the full subcircuit (every wire node in ngspice's matrix) and its exact port equivalent
/// (<see cref="TilePortEquivalent"/>). The bench drives every row through 100 Ω from sources of 0.1–0.5 V and reads
/// every column into 100 Ω, so all ports move; |ΔV| is taken over every node outside the tile.
/// </summary>
internal static class SpiceArraysBenchmark
{
    /// <summary>Markdown table header.</summary>
    public const string Header =
        "| tile | cells | wire nodes | ngspice .op, full | port equivalent (KLU) | ngspice .op, port | full / (KLU + port) | max \\|ΔV\\| outside the tile | max rel. Δ column current |\n" +
        "|---|---|---|---|---|---|---|---|---|\n";

    /// <summary>Table header of the non-linear cells (port relaxation).</summary>
    public const string RelaxationHeader =
        "| tile | cells | ngspice .op, full | port relaxation (ngspice runs + array Newton) | ngspice runs | array Newton iterations | last port step | final port residual | full / relaxation | max \\|ΔV\\| outside the tile |\n" +
        "|---|---|---|---|---|---|---|---|---|---|\n";

    /// <summary>One row: an N×N tile of 1S1M or 1T1M cells with <paramref name="segmentOhms"/> wires, full deck vs
    /// <see cref="TilePortRelaxation"/> to 1 µV.</summary>
    public static string RunRelaxation(int size, string cell, double segmentOhms, NgspiceEngine engine)
    {
        var random = new Random(size + 1);
        var g = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                g[i, j] = (1.0 / 12e3) + (random.NextDouble() * ((1.0 / 1e3) - (1.0 / 12e3)));
            }
        }

        var tile = new CrossbarTileCircuit(g)
        {
            RowSegmentOhms = segmentOhms,
            ColumnSegmentOhms = segmentOhms,
            DriverOutputOhms = 100,
            ReadoutInputOhms = 100,
            Selector = cell == "1S1M" ? new ThresholdSelectorParameters() : null,
            AccessTransistor = cell == "1T1M" ? new AccessTransistorParameters() : null,
        };
        var volts = Enumerable.Range(0, size).Select(_ => 0.2 + (0.8 * random.NextDouble())).ToArray();
        var bench = CrossbarTileNetlistBuilder.BuildTestBench(tile, volts);
        var nets = Enumerable.Range(0, size).Select(CrossbarTileNames.RowPort).Concat(Enumerable.Range(0, size).Select(CrossbarTileNames.ColumnPort)).ToList();

        var full = engine.Run(new SimulationRequest(bench) { Timeout = TimeSpan.FromHours(1) });
        var watch = Stopwatch.StartNew();
        var relaxed = TilePortRelaxation.Solve(engine, bench, CrossbarTileNames.DefaultSubcircuit, tile, nets);
        var seconds = watch.Elapsed.TotalSeconds;
        var outside = relaxed.Result.Vectors.Where(v => v.Quantity == VectorQuantity.Voltage).Select(v => v.Name).ToList();
        var maxVolts = outside.Max(name => Math.Abs(full[name].Final - relaxed.Result[name].Final));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {size}×{size}, {segmentOhms} Ω | {cell} | {BenchmarkReport.Seconds(full.Elapsed.TotalSeconds)} | {BenchmarkReport.Seconds(seconds)} | {relaxed.Iterations} | {relaxed.NewtonIterations} | {relaxed.PortStepsVolts[^1]:0.0e+00} V | {relaxed.ResidualAmps:0.0e+00} A | {full.Elapsed.TotalSeconds / seconds:0.0}× | {maxVolts:0.0e+00} V |\n");
    }

    /// <summary>One row: an N×N passive tile with <paramref name="segmentOhms"/> wires.</summary>
    public static string Run(int size, double segmentOhms, NgspiceEngine engine)
    {
        var random = new Random(size);
        var g = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                g[i, j] = (1.0 / 12e3) + (random.NextDouble() * ((1.0 / 1e3) - (1.0 / 12e3)));
            }
        }

        var tile = new CrossbarTileCircuit(g) { RowSegmentOhms = segmentOhms, ColumnSegmentOhms = segmentOhms, DriverOutputOhms = 100, ReadoutInputOhms = 100 };
        var volts = Enumerable.Range(0, size).Select(_ => 0.1 + (0.4 * random.NextDouble())).ToArray();
        var bench = CrossbarTileNetlistBuilder.BuildTestBench(tile, volts);

        var full = engine.Run(new SimulationRequest(bench) { Timeout = TimeSpan.FromHours(1) });
        var watch = Stopwatch.StartNew();
        var equivalent = TilePortEquivalent.Build(tile);
        var reduce = watch.Elapsed.TotalSeconds;
        var port = engine.Run(new SimulationRequest(new SpiceNetlist(bench.Title, [.. bench.Items.Select(item => item is SubcircuitDefinition ? equivalent : item)])) { Timeout = TimeSpan.FromHours(1) });

        var outside = port.Vectors.Where(v => v.Quantity == VectorQuantity.Voltage).Select(v => v.Name).ToList();
        var maxVolts = outside.Max(name => Math.Abs(full[name].Final - port[name].Final));
        var maxRelative = Enumerable.Range(0, size).Select(CrossbarTileNames.ColumnCurrentVector)
            .Max(name => Math.Abs(full[name].Final - port[name].Final) / Math.Abs(full[name].Final));
        var wireNodes = 2 * size * size;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {size}×{size}, {segmentOhms} Ω | passive | {wireNodes} | {BenchmarkReport.Seconds(full.Elapsed.TotalSeconds)} | {BenchmarkReport.Seconds(reduce)} | {BenchmarkReport.Seconds(port.Elapsed.TotalSeconds)} | {full.Elapsed.TotalSeconds / (reduce + port.Elapsed.TotalSeconds):0.0}× | {maxVolts:0.0e+00} V | {maxRelative:0.0e+00} |\n");
    }

    /// <summary>Runs every size and returns the table.</summary>
    public static string RunAll(IReadOnlyList<int> sizes, double segmentOhms)
    {
        using var engine = new NgspiceEngine(maxConcurrentRuns: 1);
        var table = new StringBuilder(Header);
        Console.Write(Header);
        foreach (var size in sizes)
        {
            Console.Error.WriteLine($"spice-arrays benchmark: {size}x{size}");
            var row = Run(size, segmentOhms, engine);
            table.Append(row);
            Console.Write(row);
        }

        table.Append('\n').Append(RelaxationHeader);
        Console.Write("\n" + RelaxationHeader);
        foreach (var cell in new[] { "1S1M", "1T1M" })
        {
            foreach (var size in sizes)
            {
                Console.Error.WriteLine($"spice-arrays benchmark: {size}x{size} {cell}");
                var row = RunRelaxation(size, cell, segmentOhms, engine);
                table.Append(row);
                Console.Write(row);
            }
        }

        return table.ToString();
    }
}
