using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Energy;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>report energy --accounting seed000</c>: the rows of <see cref="Seed000Accounting"/> beside the full report, as
/// <c>energy-seed000.csv</c> and, for a design with an LSTM layer, grouped like [P0] Table III in
/// <c>energy-seed000-table3.csv</c>, printed after the full tables.
/// </summary>
internal static class Seed000AccountingOutput
{
    /// <summary>True for <c>seed000</c>, false for <c>full</c>.</summary>
    /// <exception cref="InputException">Another name, or seed000 with an area report.</exception>
    public static bool Requested(string accounting, bool energy)
    {
        var seed000 = accounting.Trim().ToLowerInvariant() switch
        {
            "full" => false,
            "seed000" => true,
            _ => throw new InputException(new SourceLocation(null, Field: "--accounting"), $"unknown accounting '{accounting}'; available: full, seed000"),
        };
        return seed000 && !energy
            ? throw new InputException(new SourceLocation(null, Field: "--accounting"), "seed000 accounting counts energy; use it with report energy")
            : seed000;
    }

    /// <summary>Writes and prints the seed-style tables; returns the ", file, …" list written.</summary>
    public static string Write(CosimDesign design, EnergyReportInputs inputs, string outDirectory)
    {
        var manifest = design.Folder.Manifest;
        var report = Seed000Accounting.Build(manifest.Design, design.Network, design.Folder.Plan, manifest.Options, inputs);
        AtomicOutput.WriteText(Path.Combine(outDirectory, "energy-seed000.csv"), EnergyReportCsv.Energy(report));
        Console.Out.WriteLine();
        Console.Out.WriteLine("seed 000 accounting (one instance per module, one 100 ns read at 0.5 V on every array row, no quiescent power):");
        Console.Out.Write(EnergyReportText.Energy(report));
        var written = ", energy-seed000.csv";
        if (TableThreeBreakdown.Applies(design.Network))
        {
            var categories = TableThreeBreakdown.Of(design.Network, report);
            AtomicOutput.WriteText(Path.Combine(outDirectory, "energy-seed000-table3.csv"), TableThreeTables.Csv(categories, report, withEnergy: true));
            Console.Out.WriteLine();
            Console.Out.Write(TableThreeTables.Text(categories, report, withEnergy: true));
            written += ", energy-seed000-table3.csv";
        }

        return written;
    }
}
