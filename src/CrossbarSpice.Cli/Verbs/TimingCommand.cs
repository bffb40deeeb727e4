using System.Globalization;
using System.Text;
using CrossbarSpice.Analysis.Plots;
using CrossbarSpice.Cli.Terminal;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Runs;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Cosim.Timing;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>crossbar timing</c>: a timing run of the spice level (<see cref="TimingRun"/>); writes the per-stage table, the
/// per-inference summary and the plot, and prints the summary with the software reference's measured time.
/// </summary>
internal sealed class TimingCommand
{
    private readonly TimingOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public TimingCommand(TimingOptions options) => this.options = options;

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        options.SplitName();
        if (options.Samples < 1)
        {
            throw new InputException(new SourceLocation(null, Field: "--samples"), "must be ≥ 1");
        }

        var settings = new TransientSettings
        {
            BandVolts = options.BandMillivolts * 1e-3,
            SlotSeconds = options.SlotNanoseconds * 1e-9,
            MaxSlotSeconds = options.MaxSlotNanoseconds * 1e-9,
            PointsPerSlot = options.PointsPerSlot,
            LanesPerRun = options.LanesPerRun,
        };
        OptionFields.Map(
            () =>
            {
                settings.Validate();
                return 0;
            },
            (nameof(TransientSettings.BandVolts), "--band-mv"),
            (nameof(TransientSettings.SlotSeconds), "--slot-ns"),
            (nameof(TransientSettings.MaxSlotSeconds), "--max-slot-ns"),
            (nameof(TransientSettings.PointsPerSlot), "--points-per-slot"),
            (nameof(TransientSettings.RiseSeconds), "--slot-ns"),
            (nameof(TransientSettings.LanesPerRun), "--lanes-per-run"));
        var arrays = OptionFields.Map(() => SpiceStageDecks.Parse(options.SpiceArrays), ("SpiceArrays", "--spice-arrays"));
        var estimate = options.Energy is null ? null : EnergyEstimate.Read(options.Energy);
        var data = options.Load();
        var samples = OptionFields.Map(() => DesignSamples.Check(options.Design, data, options.Samples), ("Samples", "--samples"));
        var design = CosimDesign.Open(options.Design);
        design.SpiceArrays = arrays;
        var inputs = Enumerable.Range(0, options.Samples).Select(samples.Input).ToList();

        Console.Error.WriteLine($"timing: {design.Folder.Manifest.Design}, {inputs.Count} sample(s), band ±{options.BandMillivolts.ToString("0.###", CultureInfo.InvariantCulture)} mV …");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        TimingReport report;
        try
        {
            report = TimingRun.Run(design, inputs, settings, new SynchronousProgress(line => Console.Error.WriteLine(line)), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Interrupted; nothing was written.");
            return ExitCodes.Interrupted;
        }

        var software = TimingRun.SoftwareSecondsPerInference(design, inputs);
        AtomicOutput.WriteDirectory(options.Out, directory =>
        {
            var utf8 = new UTF8Encoding(false);
            File.WriteAllText(Path.Combine(directory, "timing.csv"), TimingTables.Stages(report), utf8);
            File.WriteAllText(Path.Combine(directory, "timing-summary.csv"), TimingTables.Summary(report, estimate), utf8);
            var plot = TimingPlot.Of(design.Folder.Manifest.Design, report);
            LinePlotRenderer.SavePng(plot, Path.Combine(directory, "timing.png"));
            LinePlotRenderer.SaveSvg(plot, Path.Combine(directory, "timing.svg"));
            Provenance.Write(directory, [options.Design, options.Data, options.Energy]);
        });

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"timing of {design.Folder.Manifest.Design} at the spice level, {report.Samples} sample(s), arrays {report.Arrays}; band ±{report.BandVolts * 1e3:0.###} mV"));
        Console.WriteLine("stage                              lanes  reads  settle ns  arrays ns   latency ns   energy pJ  critical");
        foreach (var r in report.Rows)
        {
            Console.WriteLine(string.Create(inv, $"{r.Stage,-34} {r.LanesPerInference,6} {r.Reads,6} {r.SettleSeconds * 1e9,10:0.#} {r.ArraySettleSeconds * 1e9,10:0.###} {r.LatencySeconds * 1e9,12:0.#} {r.JoulesPerInference * 1e12,11:G4}  {r.CriticalLane}, {r.CriticalOutput}{(r.Settled ? string.Empty : " (NOT settled)")}"));
        }

        Console.WriteLine(string.Create(inv, $"latency per inference {report.LatencySeconds * 1e6:G4} µs; throughput {report.InferencesPerSecond:G4} inferences/s ({report.PipelinedInferencesPerSecond:G4} pipelined); energy per inference {report.JoulesPerInference * 1e9:G4} nJ at that clock"));
        Console.WriteLine(string.Create(inv, $"software reference (float64 forward pass, this machine, measured): {software * 1e6:G4} µs per inference; circuit {software / report.LatencySeconds:G3}× faster ({software * report.PipelinedInferencesPerSecond:G3}× pipelined)"));
        Console.WriteLine(string.Create(inv, $"wrote timing.csv, timing-summary.csv, timing.png, timing.svg in {options.Out} ({watch.Elapsed.TotalSeconds:0} s)"));
        return ExitCodes.Success;
    }
}
