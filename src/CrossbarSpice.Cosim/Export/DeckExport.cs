using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Import.Data;

namespace CrossbarSpice.Cosim.Export;

/// <summary>
/// Exports the <c>spice</c> level of chosen samples as decks a circuit designer runs with a plain <c>ngspice -b</c>:
/// the samples go through the design's spice level as cosim runs it, and every ngspice run that level makes (each
/// stage with the input voltages the previous stages gave it for that sample; each LSTM time step) is written as the
/// deck it ran (<see cref="SpiceRun"/>, so there is no second deck writer) with relative includes, a <c>.save</c> and a
/// <c>.control</c> block, beside the output voltages the level got. The design's subcircuits and libraries are copied
/// in, so the folder is self-contained and movable; <c>run-all.sh</c> runs every deck and compares.
/// </summary>
public static class DeckExport
{
    /// <summary>Name of the index of the exported decks.</summary>
    public const string IndexFile = "decks.csv";

    /// <summary>Name of the script that runs every deck under ngspice and compares with the expected values.</summary>
    public const string ScriptFile = "run-all.sh";

    /// <summary>Runs the chosen samples at the spice level and writes the export folder.</summary>
    /// <exception cref="InputException">A bad design, sample list, data set or output folder (fields <c>Samples</c>,
    /// <c>OutDirectory</c>); a design without circuits for every layer.</exception>
    public static DeckExportResult Write(DeckExportRequest request, LabelledSamples data, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(data);
        if (request.Samples.Count == 0 || request.Samples.Any(s => s < 0) || request.Samples.Distinct().Count() != request.Samples.Count)
        {
            throw new InputException(new SourceLocation(null, Field: nameof(DeckExportRequest.Samples)), "expected distinct sample indices ≥ 0, at least one");
        }

        var design = CosimDesign.Open(request.DesignFolder);
        var inputs = DesignSamples.Of(design, data, request.Samples.Max() + 1);
        var runs = new ConcurrentQueue<(int Sample, SpiceRun Run)>();
        var current = 0;
        design.SpiceRuns = run => runs.Enqueue((Volatile.Read(ref current), run));
        var level = (IBatchLevelForward)design.Level(CosimLevel.Spice);
        try
        {
            foreach (var sample in request.Samples)
            {
                progress?.Report(string.Create(CultureInfo.InvariantCulture, $"export-decks: sample {sample} at the spice level …"));
                Volatile.Write(ref current, sample);
                level.Forward([inputs.Input(sample)], cancellationToken);
            }
        }
        finally
        {
            (level as IDisposable)?.Dispose();
        }

        var decks = Name(runs, request.Samples, design.Stages());
        var copied = 0;
        AtomicOutput.WriteDirectory(request.OutDirectory, directory =>
        {
            copied = PortableDeck.CopyCircuitFiles(design.Folder.Root, directory);
            var index = new StringBuilder("deck,outputs,expected,sample,layers,step,first_lane,lanes\n");
            foreach (var deck in decks)
            {
                var folder = Path.GetDirectoryName(deck.Run.Stage.Deck) ?? string.Empty;
                Directory.CreateDirectory(Path.Combine(directory, folder));
                string Local(string extension) => deck.Name + extension;
                string Relative(string extension) => Path.Combine(folder, Local(extension)).Replace('\\', '/');
                File.WriteAllText(Path.Combine(directory, folder, Local(".cir")), ExportedDeck.Text(deck.Run, design.Folder.Root, folder, Local(".dat"), Local(".raw")));
                File.WriteAllText(Path.Combine(directory, folder, Local(".expected.csv")), ExportedDeck.Expected(deck.Run));
                index.Append(CultureInfo.InvariantCulture, $"{Relative(".cir")},{Relative(".dat")},{Relative(".expected.csv")},{deck.Sample},{string.Join('+', deck.Run.Stage.Layers)},{deck.Step},{deck.Run.FirstLane},{deck.Run.Lanes}\n");
            }

            File.WriteAllText(Path.Combine(directory, IndexFile), index.ToString());
            var script = Path.Combine(directory, ScriptFile);
            File.WriteAllText(script, RunAllScript.Text);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(script, File.GetUnixFileMode(script) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }

            File.WriteAllText(Path.Combine(directory, "README.md"), RunAllScript.Readme(design.Folder.Manifest.Design, request.Samples, decks.Count));
        });

        return new DeckExportResult(decks.Count, copied, decks.Sum(d => d.Run.Lanes * ExportedDeck.Nodes(d.Run).Count));
    }

    /// <summary>
    /// Names every run <c>&lt;deck&gt;.sample&lt;s&gt;[.step&lt;k&gt;][.lanes&lt;first&gt;]</c> and orders them by sample, stage,
    /// step and first lane. Calls of one deck within a sample are the LSTM time steps, made one after the other, so
    /// the arrival order of a (deck, first lane) is the step order.
    /// </summary>
    private static List<NamedRun> Name(IEnumerable<(int Sample, SpiceRun Run)> runs, IReadOnlyList<int> samples, IReadOnlyList<CircuitStage> stages)
    {
        var order = stages.SelectMany(s => s is LstmStage lstm ? lstm.Cells.Select(c => c.Deck) : [s.Deck]).Select((deck, i) => (deck, i))
            .GroupBy(p => p.deck, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var named = new List<NamedRun>();
        foreach (var group in runs.GroupBy(r => (r.Sample, r.Run.Stage.Deck)))
        {
            var byLane = group.GroupBy(r => r.Run.FirstLane).ToList();
            var steps = byLane.Max(g => g.Count());
            foreach (var lane in byLane)
            {
                var step = 0;
                foreach (var (sample, run) in lane)
                {
                    var name = Path.GetFileNameWithoutExtension(run.Stage.Deck) + string.Create(CultureInfo.InvariantCulture, $".sample{sample}")
                        + (steps > 1 ? string.Create(CultureInfo.InvariantCulture, $".step{step}") : string.Empty)
                        + (byLane.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $".lanes{run.FirstLane}") : string.Empty);
                    named.Add(new NamedRun(sample, step++, name, run));
                }
            }
        }

        return [.. named
            .OrderBy(r => IndexOf(samples, r.Sample))
            .ThenBy(r => order.GetValueOrDefault(r.Run.Stage.Deck, int.MaxValue))
            .ThenBy(r => r.Step)
            .ThenBy(r => r.Run.FirstLane)];
    }

    private static int IndexOf(IReadOnlyList<int> list, int value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return list.Count;
    }

    private sealed record NamedRun(int Sample, int Step, string Name, SpiceRun Run);
}
