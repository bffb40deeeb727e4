using System.Diagnostics;
using System.Globalization;
using CrossbarSpice.Analysis.Plots;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Energy;
using CrossbarSpice.Devices.Process;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>crossbar report energy|area --design D [--run R]</c>: prints the table and writes <c>energy.csv</c>,
/// <c>energy.png</c>, <c>energy.svg</c> (or the <c>area.*</c> files) into the output folder; for a design with an LSTM
/// layer also the seed-000 Table III breakdown (<c>energy-table3.csv/.png/.svg</c>).
/// </summary>
internal sealed class ReportCommand
{
    private readonly ReportOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public ReportCommand(ReportOptions options) => this.options = options;

    /// <summary>The process card: the one given, else the shipped default (<see cref="DefaultPaths"/>).</summary>
    private string CardFile => DefaultPaths.Resolve(options.Card, DefaultPaths.ProcessCard);

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        var energy = options.What.ToLowerInvariant() switch
        {
            "energy" => true,
            "area" => false,
            _ => throw new InputException(new SourceLocation(null, Field: "what"), $"unknown report '{options.What}'; available: energy, area"),
        };
        Check();
        ReportTableSeven.Check(options, energy);
        var clock = Stopwatch.StartNew();
        var design = CosimDesign.Open(options.Design);
        var manifest = design.Folder.Manifest;
        var memristor = DeviceCardReader.ReadMemristor(manifest.Inputs.DeviceCard.Path);
        var card = DeviceCardReader.Read(CardFile);
        if (card is not ProcessCard process)
        {
            throw new InputException(new SourceLocation(CardFile, Field: "kind"), "a process card is needed");
        }

        var library = new PeripheryEnergyLibrary(card, options.Level, string.Equals(options.Cache, "none", StringComparison.OrdinalIgnoreCase) ? null : options.Cache);
        var tileRows = design.Folder.Plan.Layers.ToDictionary(l => l.Name, l => (long)l.Tiles.Sum(t => t.Block.RowCount), StringComparer.Ordinal);
        var sigmoids = LstmSigmoidChoices.Of(manifest, design.Network);
        var modules = PeripheryPlan.ModulesOf(PeripheryPlan.Uses(design.Network, tileRows, manifest.Options.Driver == DriverKind.Inverter, sigmoids));
        IReadOnlyDictionary<string, OperationEnergy> periphery;
        IReadOnlyList<CrossbarReadFigures>? crossbars = null;
        var basis = "area only: no inputs";
        if (energy)
        {
            using var engine = new NgspiceEngine(maxConcurrentRuns: Math.Min(4, Environment.ProcessorCount));
            periphery = library.Measure(modules, new NgspiceBenchSimulator(engine, TimeSpan.FromSeconds(options.TimeoutSeconds)), engine.MaxConcurrentRuns, cancellationToken);
            Console.Error.WriteLine(library.Simulated.Count == 0
                ? $"periphery: {modules.Count} module(s) from the cache {options.Cache}"
                : $"periphery: simulated {string.Join(", ", library.Simulated)} in ngspice; {modules.Count - library.Simulated.Count} from the cache");
            var inputLength = design.Network.InferShapes()[design.Network.Inputs[0].Name].ElementCount;
            var (inputs, inputsBasis) = options.Run is { } run
                ? RepresentativeInputs.FromRun(run, inputLength, options.DataFolder)
                : RepresentativeInputs.Default(options.Samples, inputLength, options.DataFolder);
            basis = inputsBasis;
            crossbars = CrossbarReadEnergy.Measure(design, inputs, new Progress(line => Console.Error.WriteLine(line)), cancellationToken);
        }
        else
        {
            periphery = library.AreaOnly(modules);
        }

        var seed000 = Seed000AccountingOutput.Requested(options.Accounting, energy);
        var reportInputs = new EnergyReportInputs
        {
            Crossbars = crossbars,
            Periphery = periphery,
            CellSquareMeters = memristor.CellAreaSquareMeters,
            ReadSeconds = memristor.ReadPulseWidthSeconds,
            CardReadVolts = memristor.ReadVoltageVolts,
            FeatureMeters = process.FeatureSizeMeters,
            VddVolts = process.VddVolts,
            ProcessKey = periphery.Values.Select(p => p.ProcessKey).FirstOrDefault() ?? card.Name,
            InputBits = options.InputBits,
            AdcBits = options.AdcBits,
            InferencesPerSecond = options.Rate,
            InputsBasis = basis,
            LstmSigmoids = sigmoids,
        };
        var report = EnergyReportBuilder.Build(manifest.Design, design.Network, design.Folder.Plan, manifest.Options, reportInputs);

        var name = energy ? "energy" : "area";
        var outDirectory = options.Out ?? Path.Combine("results", "report", manifest.Design);
        OutputFolder.Create(outDirectory);
        Provenance.Write(outDirectory, [options.Design, CardFile]);
        AtomicOutput.WriteText(Path.Combine(outDirectory, $"{name}.csv"), energy ? EnergyReportCsv.Energy(report) : EnergyReportCsv.Area(report));
        var chart = energy ? EnergyReportChart.Energy(report) : EnergyReportChart.Area(report);
        SaveAtomically(Path.Combine(outDirectory, $"{name}.png"), path => BarChartRenderer.SavePng(chart, path));
        SaveAtomically(Path.Combine(outDirectory, $"{name}.svg"), path => BarChartRenderer.SaveSvg(chart, path));

        Console.Out.Write(energy ? EnergyReportText.Energy(report) : EnergyReportText.Area(report));
        var written = $"{name}.csv, {name}.png, {name}.svg";
        if (TableThreeBreakdown.Applies(design.Network))
        {
            // Sequencer-like designs: the module rows grouped like [P0] Table III, beside the per-module files.
            var categories = TableThreeBreakdown.Of(design.Network, report);
            AtomicOutput.WriteText(Path.Combine(outDirectory, $"{name}-table3.csv"), TableThreeTables.Csv(categories, report, energy));
            var breakdown = TableThreeTables.Chart(categories, report, energy);
            SaveAtomically(Path.Combine(outDirectory, $"{name}-table3.png"), path => BarChartRenderer.SavePng(breakdown, path));
            SaveAtomically(Path.Combine(outDirectory, $"{name}-table3.svg"), path => BarChartRenderer.SaveSvg(breakdown, path));
            Console.Out.WriteLine();
            Console.Out.Write(TableThreeTables.Text(categories, report, energy));
            written += $", {name}-table3.csv, {name}-table3.png, {name}-table3.svg";
        }

        if (seed000)
        {
            written += Seed000AccountingOutput.Write(design, reportInputs, outDirectory);
        }

        if (options.Table is not null)
        {
            written += ", " + ReportTableSeven.Write(options, report, library, outDirectory, cancellationToken);
        }

        EnergyHtmlReport.Write(manifest.Design, outDirectory);
        written += ", report.html";
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {written} in {outDirectory} ({clock.Elapsed.TotalSeconds:0.#} s)"));
        return ExitCodes.Success;
    }

    private static void SaveAtomically(string path, Action<string> save)
    {
        var temporary = path + ".tmp" + Path.GetExtension(path);
        save(temporary);
        File.Move(temporary, path, overwrite: true);
    }

    private void Check()
    {
        if (!Directory.Exists(options.Design))
        {
            throw new InputException(new SourceLocation(options.Design), "design folder not found (a folder written by compile-weights is expected)");
        }

        if (!File.Exists(CardFile))
        {
            throw new InputException(new SourceLocation(CardFile), "process card not found");
        }

        if (options.Run is { } run && !Directory.Exists(run))
        {
            throw new InputException(new SourceLocation(run), "run folder not found (a folder written by cosim is expected)");
        }

        if (options.Samples < 1 || options.InputBits is < 1 or > 16 || options.AdcBits is < 1 or > 16)
        {
            throw new InputException(new SourceLocation(null, Field: "--samples/--input-bits/--adc-bits"), "expected samples ≥ 1 and 1–16 bits");
        }

        if (options.Rate is { } rate && (!double.IsFinite(rate) || rate <= 0))
        {
            throw new InputException(new SourceLocation(null, Field: "--rate"), "expected inferences per second > 0");
        }

        if (!double.IsFinite(options.TimeoutSeconds) || options.TimeoutSeconds <= 0)
        {
            throw new InputException(new SourceLocation(null, Field: "--timeout"), "expected seconds > 0");
        }
    }

    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
