using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Timing;

/// <summary>
/// A stage deck in an ngspice transient, lane after lane: every input source becomes a PWL source that, at the start of
/// lane j's slot, steps (in <see cref="TransientSettings.RiseSeconds"/>) from lane j − 1's input to lane j's (the first
/// lane of a run from 0 V: the run starts at the DC operating point with every input at 0 V, the reset state). Each
/// lane's settle time is the latest, over the outputs, of <see cref="SettleTime"/> within its slot; the slot is doubled
/// until every lane of the run settles within <see cref="TransientSettings.SettledFraction"/> of it. The power of every
/// top-level voltage source (inputs, supplies, references), −V·I, is kept so that a lane's energy over any window can
/// be integrated afterwards. Runs of one stage go in parallel; the result does not depend on their order.
/// </summary>
public static class StageTransient
{
    /// <summary>Runs the lanes <paramref name="laneVolts"/> through <paramref name="deck"/>.</summary>
    /// <param name="deck">The stage deck (DC sources on the inputs; its analyses are dropped).</param>
    /// <param name="inputSources">Names of the input voltage sources, in lane-input order.</param>
    /// <param name="outputNodes">The output nets whose settling is measured.</param>
    /// <param name="laneVolts">Per lane, the input voltages, V.</param>
    /// <param name="targetVolts">Per lane, the outputs' steady values, V (the DC operating point for its inputs): the band is
    /// around them, and a lane whose output ends its slot outside the band is not settled; null: around each slot's last value.</param>
    /// <param name="settings">Band, slots, steps.</param>
    /// <param name="engine">ngspice.</param>
    /// <param name="cancellationToken">Stops long runs.</param>
    /// <exception cref="ArgumentException">An input source or output net the deck does not have.</exception>
    public static StageTransientResult Run(
        SpiceNetlist deck,
        IReadOnlyList<string> inputSources,
        IReadOnlyList<string> outputNodes,
        IReadOnlyList<double[]> laneVolts,
        IReadOnlyList<double[]>? targetVolts,
        TransientSettings settings,
        ISimulationEngine engine,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(inputSources);
        ArgumentNullException.ThrowIfNull(outputNodes);
        ArgumentNullException.ThrowIfNull(laneVolts);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(engine);
        settings.Validate();
        var sources = deck.Items.OfType<VoltageSource>().Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = inputSources.FirstOrDefault(s => !sources.Contains(s));
        if (missing is not null)
        {
            throw new ArgumentException($"the deck '{deck.Title}' has no voltage source {missing}", nameof(inputSources));
        }

        var chunks = new List<(int Start, int Count)>();
        for (var start = 0; start < laneVolts.Count; start += settings.LanesPerRun)
        {
            chunks.Add((start, Math.Min(settings.LanesPerRun, laneVolts.Count - start)));
        }

        var runs = new TransientChunk[chunks.Count];
        Parallel.For(0, chunks.Count, new ParallelOptions { CancellationToken = cancellationToken }, c =>
        {
            var (start, count) = chunks[c];
            var lanes = laneVolts.Skip(start).Take(count).ToArray();
            var targets = targetVolts?.Skip(start).Take(count).ToArray();
            var slot = settings.SlotSeconds;
            while (true)
            {
                var run = RunChunk(deck, inputSources, outputNodes, lanes, targets, slot, settings, engine, cancellationToken);
                if (run.Lanes.All(l => l.Settled) || slot * 2 > settings.MaxSlotSeconds)
                {
                    runs[c] = run;
                    return;
                }

                slot *= 2;
            }
        });

        return new StageTransientResult(runs, [.. outputNodes]);
    }

    /// <summary>The transient deck of <paramref name="lanes"/> at <paramref name="slot"/> seconds each.</summary>
    internal static SpiceNetlist Deck(SpiceNetlist deck, IReadOnlyList<string> inputSources, IReadOnlyList<double[]> lanes, double slot, TransientSettings settings)
    {
        var index = inputSources.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.OrdinalIgnoreCase);
        var items = new List<NetlistItem>(deck.Items.Count + 1);
        foreach (var item in deck.Items)
        {
            if (item is AnalysisCommand)
            {
                continue;
            }

            if (item is VoltageSource source && index.TryGetValue(source.Name, out var input))
            {
                var points = new List<PwlPoint>(2 * lanes.Count);
                var previous = 0.0;
                for (var j = 0; j < lanes.Count; j++)
                {
                    var at = j * slot;
                    if (j > 0)
                    {
                        points.Add(new PwlPoint(at, previous));
                    }
                    else
                    {
                        points.Add(new PwlPoint(0.0, 0.0));
                    }

                    previous = lanes[j][input];
                    points.Add(new PwlPoint(at + settings.RiseSeconds, previous));
                }

                items.Add(new VoltageSource(source.Name, source.NodePositive, source.NodeNegative, new SourceWaveform(0.0, null, new PwlWaveform(points))));
                continue;
            }

            items.Add(item);
        }

        var stop = lanes.Count * slot;
        var maxStep = slot / settings.PointsPerSlot;
        items.Add(new TranAnalysis(maxStep, stop, null, maxStep));
        return new SpiceNetlist($"{deck.Title} — transient of {lanes.Count} lane(s), {slot:R} s each", items, deck.SourcePath);
    }

    private static TransientChunk RunChunk(
        SpiceNetlist deck, IReadOnlyList<string> inputSources, IReadOnlyList<string> outputNodes, double[][] lanes, double[][]? targets, double slot, TransientSettings settings, ISimulationEngine engine, CancellationToken cancellationToken)
    {
        var transient = Deck(deck, inputSources, lanes, slot, settings);
        var run = engine.Run(new SimulationRequest(transient) { Timeout = TimeSpan.FromMinutes(60) }, cancellationToken);
        var time = (run.Axis ?? throw new SimulationException("the transient run returned no time axis", string.Empty, run.Log)).Values.ToArray();
        var outputs = outputNodes.Select(n => run[$"v({n.ToLowerInvariant()})"].Values.ToArray()).ToArray();
        var power = Power(transient, run, time.Length);
        var results = new TransientLane[lanes.Length];
        for (var j = 0; j < lanes.Length; j++)
        {
            var (first, last) = Window(time, j * slot, (j + 1) * slot);
            var settle = 0.0;
            var critical = 0;
            for (var o = 0; o < outputs.Length; o++)
            {
                var s = SettleTime.Seconds(time, outputs[o], first, last, settings.BandVolts, targets?[j][o]);
                if (s > settle)
                {
                    (settle, critical) = (s, o);
                }
            }

            results[j] = new TransientLane(j * slot, slot, first, last, settle, critical, settle <= TransientSettings.SettledFraction * slot && (targets is null || outputs.Select((v, o) => Math.Abs(v[last] - targets[j][o])).All(d => d <= settings.BandVolts)), [.. outputs.Select(v => v[last])]);
        }

        return new TransientChunk(slot, time, outputs, power, results, run.Elapsed);
    }

    /// <summary>Indices of the first time point at or after <paramref name="from"/> and the last at or before <paramref name="to"/>.</summary>
    internal static (int First, int Last) Window(IReadOnlyList<double> time, double from, double to)
    {
        var slack = 1e-9 * (to - from);
        var first = 0;
        while (first < time.Count - 1 && time[first] < from - slack)
        {
            first++;
        }

        var last = first;
        while (last < time.Count - 1 && time[last + 1] <= to + slack)
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>Σ over the deck's top-level voltage sources of −V·I (the power they deliver), W, at every time point.</summary>
    private static double[] Power(SpiceNetlist deck, SimulationResult run, int points)
    {
        var power = new double[points];
        foreach (var source in deck.Items.OfType<VoltageSource>())
        {
            var current = run[$"i({source.Name.ToLowerInvariant()})"].Values;
            var plus = Node(run, source.NodePositive);
            var minus = Node(run, source.NodeNegative);
            for (var k = 0; k < points; k++)
            {
                var volts = (plus?[k] ?? 0.0) - (minus?[k] ?? 0.0);
                power[k] -= volts * current[k];
            }
        }

        return power;
    }

    private static IReadOnlyList<double>? Node(SimulationResult run, string node) =>
        node is "0" or "gnd" or "GND" ? null : run[$"v({node.ToLowerInvariant()})"].Values;
}
