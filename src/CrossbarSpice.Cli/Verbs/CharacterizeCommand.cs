using System.Globalization;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Netlist.Writing;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>crossbar characterize &lt;module|all&gt;</c>: per module writes <c>&lt;module&gt;/curve.csv</c>, <c>step.csv</c>,
/// <c>transfer.csv</c> (the characterised table), <c>transfer.png</c>, <c>step.png</c> (each also as SVG), <c>dc.cir</c>, <c>tran.cir</c>;
/// plus <c>summary.csv</c> and <c>summary.md</c> over all modules run. Prints the summary table.
/// </summary>
internal sealed class CharacterizeCommand
{
    private readonly CharacterizeOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public CharacterizeCommand(CharacterizeOptions options) => this.options = options;

    /// <summary>The process card: the one given, else the shipped default (<see cref="DefaultPaths"/>).</summary>
    private string CardFile => DefaultPaths.Resolve(options.Card, DefaultPaths.ProcessCard);

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        var modules = string.Equals(options.Module, "all", StringComparison.OrdinalIgnoreCase)
            ? PeripheryModules.All
            : [PeripheryModules.Find(options.Module) ?? throw new InputException(
                new SourceLocation(null, Field: "module"),
                $"unknown module '{options.Module}'; known: {string.Join(", ", PeripheryModules.All.Select(m => m.Name))}, all")];
        if (!File.Exists(CardFile))
        {
            throw new InputException(new SourceLocation(CardFile), "process card not found");
        }

        if (!double.IsFinite(options.TimeoutSeconds) || options.TimeoutSeconds <= 0)
        {
            throw new InputException(new SourceLocation(null, Field: "--timeout"), "expected seconds > 0");
        }

        var card = DeviceCardReader.Read(CardFile);
        var processes = modules.Select(m => PeripheryProcess.Resolve(card, m.Name, m.Requirements, options.Level)).ToList();
        using var engine = new NgspiceEngine(maxConcurrentRuns: Math.Min(4, Environment.ProcessorCount));
        var simulator = new NgspiceBenchSimulator(engine, TimeSpan.FromSeconds(options.TimeoutSeconds));
        var results = new CharacterisationResult[modules.Count];
        Parallel.For(0, modules.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = engine.MaxConcurrentRuns }, k =>
        {
            results[k] = PeripheryCharacteriser.Run(modules[k], processes[k], simulator, options.Coarse, null, cancellationToken);
            Console.Error.WriteLine($"characterised {modules[k].Name}");
        });

        var outDirectory = options.Out ?? Path.Combine("results", "characterize", modules.Count == 1 ? modules[0].Name : "all");
        AtomicOutput.WriteDirectory(outDirectory, directory =>
        {
            for (var k = 0; k < modules.Count; k++)
            {
                var folder = Path.Combine(directory, modules[k].Name);
                Directory.CreateDirectory(folder);
                var bench = modules[k].Bench(processes[k]);
                var r = results[k];
                File.WriteAllText(Path.Combine(folder, "curve.csv"), CharacterisationTables.Curve(r));
                File.WriteAllText(Path.Combine(folder, "step.csv"), CharacterisationTables.Step(r));
                File.WriteAllText(Path.Combine(folder, "transfer.csv"), CharacterisedTransferCsv.Format(CharacterisationTables.Transfer(r)));
                File.WriteAllText(Path.Combine(folder, "dc.cir"), SpiceNetlistWriter.Write(bench.DcNetlist(modules[k].Name).WithAnalyses([bench.DcAnalysis(options.Coarse)])));
                File.WriteAllText(Path.Combine(folder, "tran.cir"), SpiceNetlistWriter.Write(bench.TransientNetlist(modules[k].Name).WithAnalyses([bench.TransientAnalysis()])));
                CharacterizePlots.Save(r, folder, bench.InputLabel, bench.InputPlotScale);
            }

            File.WriteAllText(Path.Combine(directory, "summary.csv"), CharacterisationTables.Summary(results));
            File.WriteAllText(Path.Combine(directory, "summary.md"), CharacterisationSummary.Markdown(results));
            Provenance.Write(directory, [CardFile]);
        });

        if (options.Tables is { } tables)
        {
            foreach (var r in results)
            {
                AtomicOutput.WriteText(CharacterisedLibrary.PathOf(tables, r.Module.Name, r.ProcessKey), CharacterisedTransferCsv.Format(CharacterisationTables.Transfer(r)));
            }
        }

        Console.Out.Write(CharacterisationSummary.Markdown(results));
        Console.Out.WriteLine($"wrote {outDirectory}" + (options.Tables is null ? string.Empty : $" and tables under {options.Tables}"));
        return ExitCodes.Success;
    }
}
