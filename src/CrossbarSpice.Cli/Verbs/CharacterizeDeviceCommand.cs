using System.Globalization;
using System.Text;
using CrossbarSpice.Analysis.Plots;
using CrossbarSpice.Analysis.Tables;
using CrossbarSpice.Circuits.Devices;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Netlist.Writing;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>crossbar characterize-device</c>: runs a memristor card's I–V model under a sine or triangle drive and writes
/// <c>iv.csv</c> (time, voltage, current, state), <c>iv.png</c>, <c>state.png</c> (dynamic models; each plot also as SVG)
/// and <c>bench.cir</c>.
/// </summary>
internal sealed class CharacterizeDeviceCommand
{
    private readonly CharacterizeDeviceOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public CharacterizeDeviceCommand(CharacterizeDeviceOptions options) => this.options = options;

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        if (!File.Exists(options.Card))
        {
            throw new InputException(new SourceLocation(options.Card), "device card not found");
        }

        var card = DeviceCardReader.ReadMemristor(options.Card);
        var settings = Settings(card);
        var (netlist, analysis) = CharacterizationBench.Build(card, settings);
        using var engine = new NgspiceEngine(maxConcurrentRuns: 1);
        SimulationResult result;
        try
        {
            result = engine.Run(new SimulationRequest(netlist, analysis) { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) }, cancellationToken);
        }
        catch (SimulationException exception)
        {
            throw new InputException(new SourceLocation(options.Card), $"the I–V transient failed: {exception.Message}", exception);
        }

        var time = result["time"].Values;
        var volts = result[$"v({CharacterizationBench.Node})"].Values;
        var amperes = result[$"i({CharacterizationBench.Source})"].Values.Select(i => -i).ToArray();
        var state = card.IvModel.IsDynamic ? result[CharacterizationBench.StateVector].Values : null;
        var summary = HysteresisLoopSummary.From(volts, amperes, state);
        var outDirectory = options.Out ?? Path.Combine("results", "characterize-" + card.Name);
        var title = $"{card.Name}: {settings.Waveform.ToString().ToLowerInvariant()} {Number(settings.AmplitudeVolts)} V, {Number(settings.FrequencyHertz)} Hz";
        AtomicOutput.WriteDirectory(outDirectory, directory =>
        {
            WriteCsv(Path.Combine(directory, "iv.csv"), time, volts, amperes, state);
            Provenance.Write(directory, [options.Card]);
            File.WriteAllText(Path.Combine(directory, "bench.cir"), SpiceNetlistWriter.Write(netlist.WithAnalyses([analysis])));
            LinePlotRenderer.SavePngAndSvg(
                new LinePlot { Title = title, XLabel = "voltage (V)", YLabel = "current (mA)", Series = [new LineSeries(string.Empty, volts, [.. amperes.Select(i => i * 1e3)])] },
                directory,
                "iv");
            if (state is not null)
            {
                LinePlotRenderer.SavePngAndSvg(
                    new LinePlot { Title = title, XLabel = "time (ns)", YLabel = "state x (0–1)", Series = [new LineSeries(string.Empty, [.. time.Select(t => t * 1e9)], state)] },
                    directory,
                    "state");
            }
        });

        Print(card, settings, summary, result.PointCount, outDirectory, state is not null);
        return ExitCodes.Success;
    }

    private CharacterizationSettings Settings(MemristorCard card)
    {
        var defaults = CharacterizationSettings.DefaultFor(card);
        var settings = defaults with
        {
            Waveform = options.Waveform ?? defaults.Waveform,
            AmplitudeVolts = options.AmplitudeVolts ?? defaults.AmplitudeVolts,
            FrequencyHertz = options.FrequencyHertz ?? defaults.FrequencyHertz,
            Cycles = options.Cycles ?? defaults.Cycles,
        };
        Require(double.IsFinite(settings.AmplitudeVolts) && settings.AmplitudeVolts > 0, "--amplitude", "expected volts > 0", settings.AmplitudeVolts);
        Require(double.IsFinite(settings.FrequencyHertz) && settings.FrequencyHertz > 0, "--frequency", "expected hertz > 0", settings.FrequencyHertz);
        Require(settings.Cycles is >= 1 and <= 100, "--cycles", "expected 1–100", settings.Cycles);
        Require(double.IsFinite(options.TimeoutSeconds) && options.TimeoutSeconds > 0, "--timeout", "expected seconds > 0", options.TimeoutSeconds);
        return settings;
    }

    private static void Require(bool condition, string option, string expected, double value)
    {
        if (!condition)
        {
            throw new InputException(new SourceLocation(null, Field: option), $"{expected}, found {value.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static void WriteCsv(string path, IReadOnlyList<double> time, IReadOnlyList<double> volts, IReadOnlyList<double> amperes, IReadOnlyList<double>? state)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        using var csv = CsvTable.CreateWriter(writer);
        foreach (var header in state is null ? ["time_s", "voltage_V", "current_A"] : new[] { "time_s", "voltage_V", "current_A", "state" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        for (var k = 0; k < time.Count; k++)
        {
            csv.WriteField(InvariantNumber.Format(time[k]));
            csv.WriteField(InvariantNumber.Format(volts[k]));
            csv.WriteField(InvariantNumber.Format(amperes[k]));
            if (state is not null)
            {
                csv.WriteField(InvariantNumber.Format(state[k]));
            }

            csv.NextRecord();
        }
    }

    private static void Print(MemristorCard card, CharacterizationSettings settings, HysteresisLoopSummary summary, int points, string outDirectory, bool dynamic)
    {
        var output = Console.Out;
        output.WriteLine($"characterize-device {card.Name} ({card.IvModel.Kind} model, ngspice in-process)");
        output.WriteLine($"  drive        {settings.Waveform.ToString().ToLowerInvariant()}, {Number(settings.AmplitudeVolts)} V peak, {Number(settings.FrequencyHertz)} Hz, {settings.Cycles} cycle(s), {points} points");
        output.WriteLine($"  card range   Ron {Number(card.RonOhms)} Ω, Roff {Number(card.RoffOhms)} Ω");
        output.WriteLine($"  R = V/I      {Number(summary.MinResistanceOhms)} … {Number(summary.MaxResistanceOhms)} Ω (where |V| ≥ 10 % of peak)");
        output.WriteLine($"  pinch        {(summary.IsPinched ? "yes" : "NO")}: |I| ≤ {Number(summary.MaxCurrentNearZeroAmperes)} A where |V| ≤ 1 % of peak (limit {Number(summary.PinchLimitAmperes)} A)");
        if (dynamic)
        {
            output.WriteLine($"  state x      {Number(summary.StateMin)} … {Number(summary.StateMax)}");
        }

        var files = dynamic ? "iv.csv, iv.png, iv.svg, state.png, state.svg, bench.cir" : "iv.csv, iv.png, iv.svg, bench.cir";
        output.WriteLine($"wrote {files} in {outDirectory}");
    }

    private static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
