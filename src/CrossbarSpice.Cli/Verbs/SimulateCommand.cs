using System.Globalization;
using System.Text;
using CrossbarSpice.Analysis.Tables;
using CrossbarSpice.Cli.Terminal;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Netlist.Writing;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Verbs;

/// <summary><c>crossbar simulate</c>: runs a netlist's analyses in ngspice and writes CSV per analysis.</summary>
internal sealed class SimulateCommand
{
    private const int SummaryVectors = 8;
    private readonly SimulateOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public SimulateCommand(SimulateOptions options) => this.options = options;

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        var netlist = ReadNetlist(options.Netlist);
        var analyses = ChooseAnalyses(netlist);
        if (!double.IsFinite(options.TimeoutSeconds) || options.TimeoutSeconds <= 0)
        {
            throw new InputException(new SourceLocation(null, Field: "--timeout"), $"expected seconds > 0, found {options.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)}");
        }

        var outDirectory = options.Out ?? Path.Combine("results", Path.GetFileNameWithoutExtension(options.Netlist));
        using var engine = new NgspiceEngine(maxConcurrentRuns: 1);
        var results = new List<SimulationResult>();
        foreach (var analysis in analyses)
        {
            using var progress = new TerminalProgress(Path.GetFileName(options.Netlist));
            var request = new SimulationRequest(netlist, analysis)
            {
                Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
                Progress = progress,
            };
            try
            {
                results.Add(engine.Run(request, cancellationToken));
            }
            catch (SimulationException exception)
            {
                throw new InputException(new SourceLocation(options.Netlist), $"{Describe(analysis)} failed: {exception.Message}", exception);
            }
        }

        var files = FileNames(results);
        AtomicOutput.WriteDirectory(outDirectory, directory =>
        {
            for (var i = 0; i < results.Count; i++)
            {
                using var writer = new StreamWriter(Path.Combine(directory, files[i]), append: false, new UTF8Encoding(false));
                SimulationCsvWriter.Write(results[i], writer);
                using var raw = new StreamWriter(Path.Combine(directory, Path.ChangeExtension(files[i], ".raw")), append: false, new UTF8Encoding(false));
                SimulationRawWriter.Write(results[i], netlist.Title, raw);
            }

            File.WriteAllText(Path.Combine(directory, "ngspice.log"), string.Join("\n", results.Select(r => $"* {r.Analysis}\n{r.Log}")) + "\n");
            Provenance.Write(directory, [options.Netlist]);
        });

        PrintSummary(results, files, outDirectory);
        return ExitCodes.Success;
    }

    private static SpiceNetlist ReadNetlist(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path), "netlist file not found");
        }

        return SpiceNetlistReader.ReadFile(path);
    }

    private List<AnalysisCommand> ChooseAnalyses(SpiceNetlist netlist)
    {
        var own = netlist.Analyses.ToList();
        if (options.Dc != null)
        {
            return [ParseCard<DcAnalysis>(".dc", options.Dc, "--dc", "\"SOURCE START STOP STEP\"")];
        }

        if (options.Tran != null)
        {
            return [ParseCard<TranAnalysis>(".tran", options.Tran, "--tran", "\"TSTEP TSTOP [TSTART [TMAX]]\"")];
        }

        switch (options.Analysis)
        {
            case AnalysisKind.Op:
                return [new OpAnalysis()];
            case AnalysisKind.Dc:
                return [own.OfType<DcAnalysis>().FirstOrDefault() ?? throw MissingCard("dc", "--dc \"V1 0 1 10m\"")];
            case AnalysisKind.Tran:
                return [own.OfType<TranAnalysis>().FirstOrDefault() ?? throw MissingCard("tran", "--tran \"1n 1u\"")];
            default:
                return own.Count > 0
                    ? own
                    : throw new InputException(new SourceLocation(options.Netlist), "the netlist has no analysis (.op, .dc or .tran); give --analysis op, --dc or --tran");
        }
    }

    private InputException MissingCard(string kind, string example) =>
        new(new SourceLocation(options.Netlist), $"the netlist has no .{kind} line; give the {kind} analysis on the command line, e.g. {example}");

    private static T ParseCard<T>(string card, string text, string option, string expected)
        where T : AnalysisCommand
    {
        try
        {
            var parsed = SpiceNetlistReader.Read($"{option}\n{card} {text}\n.end\n", option);
            return parsed.Analyses.OfType<T>().Single();
        }
        catch (NetlistParseException exception)
        {
            throw new InputException(new SourceLocation(null, Field: option), $"expected {expected}: {exception.Problem}");
        }
    }

    private static string Describe(AnalysisCommand analysis) => analysis switch
    {
        OpAnalysis => "operating point",
        DcAnalysis => "DC sweep",
        TranAnalysis => "transient analysis",
        _ => "analysis",
    };

    private static List<string> FileNames(List<SimulationResult> results)
    {
        var names = new List<string>();
        foreach (var result in results)
        {
            var count = names.Count(n => n.StartsWith(result.Analysis, StringComparison.Ordinal));
            names.Add(count == 0 ? $"{result.Analysis}.csv" : $"{result.Analysis}-{count + 1}.csv");
        }

        return names;
    }

    private void PrintSummary(List<SimulationResult> results, List<string> files, string outDirectory)
    {
        Console.Out.WriteLine($"simulate {options.Netlist} (ngspice, in-process)");
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var voltages = result.Vectors.Count(v => v.Quantity == VectorQuantity.Voltage);
            var currents = result.Vectors.Count(v => v.Quantity == VectorQuantity.Current);
            Console.Out.WriteLine(
                $"  {result.Analysis}: {result.PointCount} point(s), {voltages} node voltage(s), {currents} source current(s), {result.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s");
            var shown = result.Vectors.Where(v => v.Quantity is VectorQuantity.Voltage or VectorQuantity.Current).Take(SummaryVectors);
            foreach (var vector in shown)
            {
                var label = result.Axis is null ? string.Empty : "final ";
                Console.Out.WriteLine($"    {label}{vector.Name,-24} = {InvariantNumber.Format(vector.Final)}");
            }

            if (voltages + currents > SummaryVectors)
            {
                Console.Out.WriteLine($"    … {voltages + currents - SummaryVectors} more in {files[i]}");
            }
        }

        Console.Out.WriteLine($"wrote {string.Join(", ", files.Append("ngspice.log").Select(f => Path.Combine(outDirectory, f)))}");
    }
}
