using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Energy;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>report energy --table seed002</c>: seed 002's Table VII beside the design's report and the project's benches
/// (<see cref="TableSeven"/>), printed and written as <c>energy-table7.csv</c>.
/// </summary>
internal static class ReportTableSeven
{
    /// <summary>The <c>--table</c> value that asks for it.</summary>
    public const string Name = "seed002";

    /// <summary>Refuses an unknown table, or a table with an area report.</summary>
    public static void Check(ReportOptions options, bool energy)
    {
        if (options.Table is null)
        {
            return;
        }

        if (!string.Equals(options.Table, Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(new SourceLocation(null, Field: "--table"), $"unknown table '{options.Table}'; available: {Name}");
        }

        if (!energy)
        {
            throw new InputException(new SourceLocation(null, Field: "--table"), $"--table {Name} compares energies (seed 002 Table VII); use it with 'report energy'");
        }
    }

    /// <summary>Measures the benches Table VII names (cached like the design's), prints the table and writes
    /// <c>energy-table7.csv</c> into <paramref name="outDirectory"/>; returns the file name.</summary>
    public static string Write(ReportOptions options, EnergyReport report, PeripheryEnergyLibrary library, string outDirectory, CancellationToken cancellationToken)
    {
        var modules = TableSeven.BenchModules.Select(m => PeripheryModules.Find(m) ?? throw new InvalidOperationException($"no bench '{m}'")).ToList();
        using var engine = new NgspiceEngine(maxConcurrentRuns: Math.Min(4, Environment.ProcessorCount));
        var benches = library.Measure(modules, new NgspiceBenchSimulator(engine, TimeSpan.FromSeconds(options.TimeoutSeconds)), engine.MaxConcurrentRuns, cancellationToken);
        var rows = TableSeven.Of(report, benches);
        const string file = "energy-table7.csv";
        AtomicOutput.WriteText(Path.Combine(outDirectory, file), TableSevenTables.Csv(rows, report));
        Console.Out.WriteLine();
        Console.Out.Write(TableSevenTables.Text(rows, report));
        return file;
    }
}
