using System.Globalization;
using System.Text;
using CrossbarSpice.Analysis.Plots;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Export;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Netlist.Writing;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// <c>crossbar lstm-transient</c>: one LSTM cell over a sequence in one ngspice transient
/// (<see cref="LstmTransientRunner"/>), beside the step-by-step spice level; writes the per-step table, a plot of the
/// h waveforms and the transient deck.
/// </summary>
internal sealed class LstmTransientCommand
{
    private readonly LstmTransientOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public LstmTransientCommand(LstmTransientOptions options) => this.options = options;

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        var design = CosimDesign.Open(options.Design);
        var cell = ChooseCell(design.Stages());
        var sequence = ReadInputs(options.Inputs, cell.InputSize);
        if (!(options.Period >= 0.25e-6) || !double.IsFinite(options.Period))
        {
            throw new InputException(new SourceLocation(null, Field: "--period"), "expected a period of at least 0.25 µs (2.5e-7 s)");
        }

        var timing = new LstmTransientTiming(PeriodSeconds: options.Period);

        var root = design.Folder.Root;
        var deck = LstmTransientDeck.Build(SpiceNetlistReader.ReadFile(Path.Combine(root, cell.Deck)), cell, sequence, timing);
        Console.Error.WriteLine($"lstm-transient: cell {cell.Crossbar}, {sequence.Count} steps of {options.Period.ToString("R", CultureInfo.InvariantCulture)} s in one transient …");
        LstmTransientResult transient;
        (double[][] Hidden, double[][] Cell) stepwise;
        try
        {
            transient = LstmTransientRunner.Run(root, cell, sequence, new NgspiceEngine(), timing, cancellationToken);
            Console.Error.WriteLine($"lstm-transient: transient done in {transient.Elapsed.TotalSeconds:F1} s; the step-by-step spice level …");
            stepwise = LstmTransientRunner.StepwiseSpice(design.Folder.Manifest, root, cell, sequence, new NgspiceEngine(), cancellationToken);
        }
        catch (SimulationException exception)
        {
            throw new InputException(new SourceLocation(options.Design, Field: cell.Crossbar), $"the LSTM transient failed: {exception.Message}", exception);
        }

        var worst = 0.0;
        var csv = new StringBuilder("step,unit,h_transient,c_transient,h_at_sample,h_stepwise_spice,c_stepwise_spice\n");
        for (var n = 0; n < sequence.Count; n++)
        {
            for (var k = 0; k < cell.Hidden; k++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{n},{k},{transient.Hidden[n][k]:R},{transient.Cell[n][k]:R},{transient.SampledHidden[n][k]:R},{stepwise.Hidden[n][k]:R},{stepwise.Cell[n][k]:R}\n");
                worst = Math.Max(worst, Math.Abs(transient.Hidden[n][k] - stepwise.Hidden[n][k]));
            }
        }

        AtomicOutput.WriteDirectory(options.Out, directory =>
        {
            File.WriteAllText(Path.Combine(directory, "lstm-transient.csv"), csv.ToString(), new UTF8Encoding(false));
            Provenance.Write(directory, [options.Design, options.Inputs]);
            // Self-contained: the design's circuit files copied into design/, includes relative, and a control block that
            // writes the waveforms, so `cd <out> && ngspice -b transient.cir` runs it anywhere (issue 23).
            PortableDeck.CopyCircuitFiles(root, Path.Combine(directory, "design"));
            var relocated = PortableDeck.Relocated(deck, root, Path.GetDirectoryName(cell.Deck) ?? string.Empty, string.Empty, "design");
            string[] vectors = [.. Enumerable.Range(0, cell.Hidden).SelectMany(k => new[] { $"v(h{k})", $"v({LstmTransientDeck.HeldHidden(k)})", $"v({LstmTransientDeck.HeldCell(k)})" })];
            File.WriteAllText(Path.Combine(directory, "transient.cir"), PortableDeck.WithControl(relocated, vectors, "transient.dat", "transient.raw"), new UTF8Encoding(false));
            var plot = Plot(cell, transient);
            LinePlotRenderer.SavePng(plot, Path.Combine(directory, "lstm-transient.png"));
            LinePlotRenderer.SaveSvg(plot, Path.Combine(directory, "lstm-transient.svg"));
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"max |Δh| transient vs step-by-step spice: {worst:F5} units over {sequence.Count} steps × {cell.Hidden} units; table, plot and deck in {options.Out}"));
        return ExitCodes.Success;
    }

    private LstmCellStage ChooseCell(IReadOnlyList<CircuitStage> stages)
    {
        var cells = stages.OfType<LstmStage>().SelectMany(s => s.Cells).ToList();
        if (cells.Count == 0)
        {
            throw new InputException(new SourceLocation(options.Design), "the design has no LSTM cell circuit (compile an lstm, bilstm or bilstm2d layer with its periphery)");
        }

        if (options.Cell is null)
        {
            return cells.Count == 1
                ? cells[0]
                : throw new InputException(new SourceLocation(null, Field: "--cell"), $"the design has {cells.Count} LSTM cells; name one of {string.Join(", ", cells.Select(c => c.Crossbar))}");
        }

        return cells.FirstOrDefault(c => string.Equals(c.Crossbar, options.Cell, StringComparison.Ordinal))
            ?? throw new InputException(new SourceLocation(null, Field: "--cell"), $"no LSTM cell '{options.Cell}'; expected one of {string.Join(", ", cells.Select(c => c.Crossbar))}");
    }

    private static List<double[]> ReadInputs(string path, int inputs)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path), "input sequence file not found");
        }

        var sequence = new List<double[]>();
        foreach (var row in CsvRows.ReadFile(path))
        {
            var fields = row.Fields;
            if (fields.Count == 1 && fields[0].Trim().Length == 0)
            {
                continue;
            }

            if (fields.Count != inputs)
            {
                throw new InputException(new SourceLocation(path, Line: row.Line), $"expected {inputs} comma-separated values (the cell's inputs), found {fields.Count}");
            }

            var values = new double[inputs];
            for (var i = 0; i < inputs; i++)
            {
                if (!double.TryParse(fields[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
                {
                    throw new InputException(new SourceLocation(path, Line: row.Line, Column: i + 1), $"expected a finite number, found '{fields[i].Trim()}'");
                }
            }

            sequence.Add(values);
        }

        return sequence.Count is >= 1 and <= LstmTransientDeck.MaxSteps
            ? sequence
            : throw new InputException(new SourceLocation(path), $"expected 1…{LstmTransientDeck.MaxSteps} steps (lines), found {sequence.Count}");
    }

    private static LinePlot Plot(LstmCellStage cell, LstmTransientResult transient)
    {
        var micro = transient.Time.Select(t => t * 1e6).ToArray();
        var series = new List<LineSeries>();
        for (var k = 0; k < cell.Hidden; k++)
        {
            series.Add(new LineSeries($"cell output h{k}", micro, transient.HiddenOutputVolts[k]));
            series.Add(new LineSeries($"held h{k} (slave)", micro, transient.HeldHiddenVolts[k]));
        }

        return new LinePlot { Title = $"LSTM cell {cell.Crossbar}: full transient", XLabel = "time (µs)", YLabel = "voltage (V)", Series = series };
    }
}
