using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// The <c>spice</c> level's stage computation: the stage's compiled deck, as written by compile-weights, run in
/// ngspice with its input sources replaced by behavioural sources <c>pwl(V(idx), 0, v₀, 1, v₁, …)</c> and a DC sweep of
/// <c>Vidx</c> over the lane numbers, so one ngspice run solves many lanes and reuses its matrix ordering from one
/// lane to the next (each lane starts from the previous lane's solution). Runs of one stage go in parallel.
/// Because a lane's converged bits depend on the lanes solved before it in its run (the starting guess, and the pivot
/// order ngspice fixes at a run's first point), a run never mixes samples: each sample's lanes are cut into runs from
/// its own first lane, so a sample gives the same bits alone or in any batch (issue 22).
/// </summary>
internal sealed class SpiceEvaluator : IStageEvaluator, IDisposable
{
    private readonly DesignManifest manifest;
    private readonly string designRoot;
    private readonly ISimulationEngine engine;
    private readonly Lazy<LstmSpice> lstm;
    private readonly ConcurrentDictionary<string, StageTime> times = new(StringComparer.Ordinal);

    /// <summary>The evaluator for a design; <paramref name="engine"/> is disposed with it.</summary>
    /// <param name="manifest">The design's manifest.</param>
    /// <param name="designRoot">The design folder.</param>
    /// <param name="engine">ngspice.</param>
    /// <param name="lanesPerRun">Most lanes one ngspice run solves.</param>
    /// <param name="decks">The stage decks as ngspice gets them (<see cref="SpiceStageDecks"/>); null: as compiled (<see cref="SpiceArrays.Full"/>).</param>
    public SpiceEvaluator(DesignManifest manifest, string designRoot, ISimulationEngine engine, int lanesPerRun, SpiceStageDecks? decks = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanesPerRun, 1);
        this.manifest = manifest;
        this.designRoot = designRoot;
        this.engine = engine;
        LanesPerRun = lanesPerRun;
        Decks = decks ?? SpiceStageDecks.AsCompiled(designRoot);
        lstm = new(() => new LstmSpice(Decks, engine, lanesPerRun) { Ran = Ran });
    }

    /// <summary>Receives every ngspice run as it finishes (from parallel workers); null for none. Set before the first run.</summary>
    internal Action<SpiceRun>? Ran { get; init; }

    /// <summary>Where the stage decks come from.</summary>
    public SpiceStageDecks Decks { get; }

    /// <summary>Receives a line as each ngspice run of a stage finishes (run i/n of the stage); null for none.</summary>
    internal IProgress<string>? Progress { get; set; }

    /// <summary>Wall time per stage deck so far, summed over the batches, with the lanes and ngspice runs it took.</summary>
    public IReadOnlyList<(string Deck, TimeSpan Wall, int Lanes, int Runs)> StageTimes =>
        [.. times.OrderBy(t => t.Value.Order).Select(t => (t.Key, TimeSpan.FromTicks(t.Value.Ticks), t.Value.Lanes, t.Value.Runs))];

    /// <summary>Most lanes one ngspice run solves.</summary>
    public int LanesPerRun { get; }

    /// <inheritdoc />
    public double[][][] Evaluate(CircuitStage stage, IReadOnlyList<double[]> lanes, CancellationToken cancellationToken) =>
        EvaluateSamples(stage, lanes, lanes.Count, cancellationToken);

    /// <inheritdoc />
    public double[][][] EvaluateSamples(CircuitStage stage, IReadOnlyList<double[]> lanes, int lanesPerSample, CancellationToken cancellationToken)
    {
        if (stage is LstmCellStage cell) return lstm.Value.Evaluate(cell, lanes, lanesPerSample, cancellationToken);
        StageDecks.Require(manifest, designRoot, stage);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var deck = Decks.Read(stage.Deck);
        var sIn = stage is CrossbarStage crossbar ? crossbar.InputVoltsPerUnit : manifest.Options.OutputVoltsPerUnit;
        var sOut = manifest.Options.OutputVoltsPerUnit;
        var result = new double[lanes.Count][][];
        var runs = Runs(lanes.Count, lanesPerSample, stage.SolvesLanesAlone ? 1 : LanesPerRun);
        var done = 0;
        Parallel.ForEach(runs, new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
        {
            var (start, count) = chunk;
            var swept = SweptDeck(deck, stage.InputSources, lanes, start, count, _ => sIn);
            var run = engine.Run(
                new SimulationRequest(swept)
                {
                    Timeout = TimeSpan.FromMinutes(60),
                    Progress = Progress is null ? null : new QuarterProgress(Progress, $"{stage.Deck} lanes {start}–{start + count - 1}"),
                },
                cancellationToken);
            Ran?.Invoke(new SpiceRun(stage, start, count, swept, run));
            var vectors = stage.OutputNodes.Select(layer => layer.Select(n => run[$"v({n.ToLowerInvariant()})"].Values).ToArray()).ToArray();
            for (var l = 0; l < count; l++)
            {
                result[start + l] = [.. vectors.Select(layer => layer.Select(v => v[l] / sOut).ToArray())];
            }

            // At most about five lines per stage and batch: the lanes of a big batch run in hundreds of runs.
            var finished = Interlocked.Increment(ref done);
            if (finished == runs.Count || finished % Math.Max(1, runs.Count / 5) == 0)
            {
                Progress?.Report(string.Create(CultureInfo.InvariantCulture, $"      ngspice run {finished}/{runs.Count} of {stage.Deck} ({count} lane(s), {run.Elapsed.TotalSeconds:0.0} s)"));
            }
        });
        var time = times.GetOrAdd(stage.Deck, _ => new StageTime { Order = times.Count });
        lock (time)
        {
            time.Ticks += watch.Elapsed.Ticks;
            time.Lanes += lanes.Count;
            time.Runs += runs.Count;
        }

        return result;
    }

    /// <summary>ngspice's own progress through a run's DC sweep, passed on at each quarter.</summary>
    private sealed class QuarterProgress(IProgress<string> target, string what) : IProgress<SimulationProgress>
    {
        private int quarter;

        public void Report(SimulationProgress value)
        {
            var reached = (int)(value.Percent / 25);
            if (reached is > 0 and < 4 && Interlocked.Exchange(ref quarter, Math.Max(quarter, reached)) < reached)
            {
                target.Report(string.Create(CultureInfo.InvariantCulture, $"      ngspice {what}: {value.Analysis} {reached * 25} %"));
            }
        }
    }

    private sealed class StageTime
    {
        public int Order { get; init; }

        public long Ticks { get; set; }

        public int Lanes { get; set; }

        public int Runs { get; set; }
    }

    /// <summary>
    /// The ngspice runs (first lane, lane count) for <paramref name="laneCount"/> lanes in samples of
    /// <paramref name="lanesPerSample"/>: each sample cut from its own first lane into runs of at most
    /// <paramref name="lanesPerRun"/>, never one run across two samples (ngspice's DC sweep starts each lane from the
    /// previous lane's solution, so a lane's last bits depend on the lanes before it in its run).
    /// </summary>
    internal static List<(int Start, int Count)> Runs(int laneCount, int lanesPerSample, int lanesPerRun)
    {
        var perSample = Math.Clamp(lanesPerSample, 1, Math.Max(1, laneCount));
        var runs = new List<(int, int)>();
        for (var sample = 0; sample < laneCount; sample += perSample)
        {
            var end = Math.Min(sample + perSample, laneCount);
            for (var start = sample; start < end; start += lanesPerRun)
            {
                runs.Add((start, Math.Min(lanesPerRun, end - start)));
            }
        }

        return runs;
    }

    /// <summary>Disposes the engine.</summary>
    public void Dispose() => engine.Dispose();

    /// <summary>
    /// <paramref name="deck"/> with its input sources replaced by <c>pwl(V(idx), …)</c> behavioural sources over lanes
    /// <paramref name="start"/> … + <paramref name="count"/> − 1 and a DC sweep of <c>Vidx</c> over them, so one ngspice
    /// run solves every lane; input i is applied at <paramref name="voltsPerUnit"/>(i).
    /// </summary>
    internal static SpiceNetlist SweptDeck(SpiceNetlist deck, IReadOnlyList<string> inputSources, IReadOnlyList<double[]> lanes, int start, int count, Func<int, double> voltsPerUnit)
    {
        var sources = inputSources.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.OrdinalIgnoreCase);
        var items = new List<NetlistItem>(deck.Items.Count + 1) { new VoltageSource("Vidx", "idx", "0", 0.0) };
        foreach (var item in deck.Items)
        {
            if (item is AnalysisCommand)
            {
                continue;
            }

            if (item is VoltageSource source && sources.TryGetValue(source.Name, out var input))
            {
                items.Add(new BehavioralSource("B" + source.Name[1..], source.NodePositive, source.NodeNegative, BehavioralSourceKind.Voltage, Pwl(lanes, start, count, input, voltsPerUnit(input))));
                continue;
            }

            items.Add(item);
        }

        // One lane is swept over two points (the lane twice): a DC sweep needs a range.
        items.Add(new DcAnalysis(new DcSweep("Vidx", 0, Math.Max(1, count - 1), 1)));
        return new SpiceNetlist($"{deck.Title} — lanes {start}..{start + count - 1}", items, deck.SourcePath);
    }

    private static string Pwl(IReadOnlyList<double[]> lanes, int start, int count, int input, double voltsPerUnit)
    {
        var text = new StringBuilder("pwl(V(idx)");
        for (var l = 0; l < Math.Max(2, count); l++)
        {
            var volts = lanes[start + Math.Min(l, count - 1)][input] * voltsPerUnit;
            text.Append(CultureInfo.InvariantCulture, $", {l}, {volts:R}");
        }

        return text.Append(')').ToString();
    }
}
