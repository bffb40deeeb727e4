using System.Diagnostics;
using System.Globalization;
using System.Text;
using CrossbarSpice.Analysis.Plots;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Devices.Wires;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Simulation.Arrays.Transient;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Benchmarks;

/// <summary>
/// Step responses of ohmic N×N tiles with the wire card's segment resistance and capacitance, ngspice vs the array
/// solver's transient mode on the same deck, in one run (docs/timing-arrays.md). Every row steps from 0 V to a
/// seeded 0.1–0.5 V with a ramp of one time step; drivers ideal, columns at a virtual ground (the compile defaults).
/// Run: <c>tools/bench/rc-transient.sh [sizes] [out.md] [plot.png]</c>.
/// </summary>
internal static class RcTransientBenchmark
{
    private const string Header =
        "| tile | wire nodes (capacitors) | time points ngspice / fixed step | ngspice .tran | solver on ngspice's points (factorisations) | ngspice / solver, same points | solver, fixed step (factorisations) | max \\|ΔV\\| over every wire node and point | max \\|ΔI\\| over every column and point | Elmore estimate, worst cell | first moment, slowest column | settles to 0.1 % |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|---|\n";

    /// <summary>Parses <c>--sizes 32,64,128 --ngspice-max 64 --out file.md --plot file.png --card device-cards/wire-2ohm.json
    /// --ngspice-options reltol=1e-6,abstol=1e-15</c> (default <see cref="TileTransientComparison.TightOptions"/>) and runs.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        IReadOnlyList<int> sizes = [32, 64, 128];
        var ngspiceMax = 64;
        string? outPath = null;
        string? plotPath = null;
        var cardPath = Path.Combine("device-cards", "wire-2ohm.json");
        IReadOnlyList<SpiceOption>? ngspiceOptions = null;
        var method = TransientMethod.BackwardEuler;
        for (var k = 0; k < args.Count; k += 2)
        {
            var value = k + 1 < args.Count ? args[k + 1] : throw new ArgumentException($"{args[k]} needs a value");
            switch (args[k])
            {
                case "--sizes": sizes = [.. value.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
                case "--ngspice-max": ngspiceMax = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--out": outPath = value; break;
                case "--plot": plotPath = value; break;
                case "--card": cardPath = value; break;
                case "--method": method = value switch { "be" => TransientMethod.BackwardEuler, "trap" => TransientMethod.Trapezoidal, _ => throw new ArgumentException($"unknown method {value}; use be or trap") }; break;
                case "--ngspice-options": ngspiceOptions = [.. value.Split(',').Select(o => o.Split('=')).Select(o => new SpiceOption(o[0], double.Parse(o[1], CultureInfo.InvariantCulture)))]; break;
                default: throw new ArgumentException($"unknown option {args[k]}; use --sizes, --ngspice-max, --out, --plot, --card, --method, --ngspice-options");
            }
        }

        var card = DeviceCardReader.Read(cardPath) as WireCard ?? throw new ArgumentException($"{cardPath} is not a wire card");
        var load = BenchmarkReport.LoadAverage();
        var optionText = ngspiceOptions is null
            ? (method == TransientMethod.BackwardEuler ? "maxord=1, tolerances default" : "TileTransientComparison.TightOptions")
            : string.Join(", ", ngspiceOptions.Select(o => FormattableString.Invariant($"{o.Name}={o.Value}")));
        var text = new StringBuilder(FormattableString.Invariant(
            $"Wire card `{cardPath}`: {card.SegmentResistanceOhms} Ω and {card.SegmentCapacitanceFarads:0.###E+0} F per segment; method {method}; ngspice options {optionText}. {BenchmarkReport.Machine()}\n\n"));
        text.Append(Header);
        Console.Write(text);
        using var engine = new NgspiceEngine(maxConcurrentRuns: 1);

        // JIT and library warm-up, not timed.
        Run(engine, 4, card, compare: true, method, ngspiceOptions, out _);
        foreach (var size in sizes)
        {
            Console.Error.WriteLine($"rc-transient benchmark: {size}x{size}");
            var row = Run(engine, size, card, size <= ngspiceMax, method, ngspiceOptions, out var comparison);
            text.Append(row);
            Console.Write(row);
            if (comparison is not null && plotPath is not null && size == sizes.Where(s => s <= ngspiceMax).Max())
            {
                Plot(comparison, size, plotPath);
            }
        }

        var tail = $"\nLoad average (1, 5, 15 min) at start {load}, at end {BenchmarkReport.LoadAverage()}; {Environment.ProcessorCount} cores.\n";
        text.Append(tail);
        Console.Write(tail);
        if (outPath is not null)
        {
            File.WriteAllText(outPath, text.ToString());
        }

        return 0;
    }

    private static string Run(NgspiceEngine engine, int size, WireCard card, bool compare, TransientMethod method, IReadOnlyList<SpiceOption>? ngspiceOptions, out TileTransientComparisonResult? comparison)
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

        var r = card.SegmentResistanceOhms;
        var c = card.SegmentCapacitanceFarads;
        var tile = new CrossbarTileCircuit(g) { RowSegmentOhms = r, ColumnSegmentOhms = r, RowSegmentFarads = c, ColumnSegmentFarads = c };
        var before = new double[size];
        var after = Enumerable.Range(0, size).Select(_ => 0.1 + (0.4 * random.NextDouble())).ToArray();

        // Elmore delay of the worst cell (far end of a row, top of a column), the unloaded lines: a row of N segments
        // from an ideal driver, R·C·N(N+1)/2, plus a column of N segments into the virtual ground, the same again.
        var elmore = r * c * size * (size + 1);
        var stop = 10 * elmore;
        var step = stop / 400;
        var rise = step;

        string ngspiceSeconds, onGrid, ratio, volts, amps, points;
        TileTransientResult fixedGrid;
        double solverSeconds;
        if (compare)
        {
            comparison = TileTransientComparison.Run(engine, tile, before, after, rise, stop, step, method, ngspiceOptions);
            fixedGrid = comparison.FixedGrid;
            solverSeconds = comparison.SolverSeconds;
            ngspiceSeconds = BenchmarkReport.Seconds(comparison.NgspiceSeconds);
            onGrid = string.Create(CultureInfo.InvariantCulture, $"{BenchmarkReport.Seconds(comparison.SolverOnNgspiceGridSeconds)} ({comparison.SolverOnNgspiceGridFactorisations})");
            ratio = string.Create(CultureInfo.InvariantCulture, $"{comparison.NgspiceSeconds / comparison.SolverOnNgspiceGridSeconds:0}×");
            volts = string.Create(CultureInfo.InvariantCulture, $"{comparison.MaxNodeVoltsDifference:0.0E+0} V ({comparison.ComparedNodes} nodes)");
            amps = string.Create(CultureInfo.InvariantCulture, $"{comparison.MaxColumnAmpsDifference:0.0E+0} A of {comparison.LargestColumnAmps:0.00E+0} A");
            points = string.Create(CultureInfo.InvariantCulture, $"{comparison.NgspiceTimePoints} / {comparison.SolverTimePoints}");
        }
        else
        {
            comparison = null;
            var watch = Stopwatch.StartNew();
            fixedGrid = TileTransient.StepResponse(tile, before, after, new TileTransientOptions { StepSeconds = step, StopSeconds = stop, RiseSeconds = rise, Method = method });
            solverSeconds = watch.Elapsed.TotalSeconds;
            ngspiceSeconds = onGrid = ratio = volts = amps = "—";
            points = string.Create(CultureInfo.InvariantCulture, $"— / {fixedGrid.TimesSeconds.Count}");
        }

        // The ramp's midpoint (rise/2) is the step's effective instant.
        var moment = Enumerable.Range(0, size).Select(fixedGrid.FirstMomentSeconds).Where(double.IsFinite).Max() - (rise / 2);
        var settle = fixedGrid.SettleSeconds(1e-3, 0);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {size}×{size} | {2 * size * size} ({2 * size * size}) | {points} | {ngspiceSeconds} | {onGrid} | {ratio} | {BenchmarkReport.Seconds(solverSeconds)} ({fixedGrid.Factorisations}) | {volts} | {amps} | {elmore * 1e12:0.00} ps | {moment * 1e12:0.00} ps | {settle * 1e12:0.00} ps |\n");
    }

    private static void Plot(TileTransientComparisonResult comparison, int size, string path)
    {
        var series = new List<LineSeries>();
        foreach (var column in new[] { 0, size - 1 })
        {
            var name = CrossbarTileNames.ColumnCurrentVector(column);
            var spiceTimes = comparison.Ngspice.Axis!.Values.Select(t => t * 1e12).ToList();
            series.Add(new LineSeries($"ngspice, column {column}", spiceTimes, [.. comparison.Ngspice[name].Values.Select(a => a * 1e6)]));
            series.Add(new LineSeries(
                $"array solver (fixed step), column {column}",
                [.. comparison.FixedGrid.TimesSeconds.Select(t => t * 1e12)],
                [.. comparison.FixedGrid.ColumnAmps.Select(a => a[column] * 1e6)]));
        }

        LinePlotRenderer.SavePng(
            new LinePlot
            {
                Title = $"{size}×{size} tile, 2 Ω + 0.69 fF per segment: step response of the column currents",
                XLabel = "time (ps)",
                YLabel = "column current (µA)",
                Series = series,
            },
            path);
    }
}
