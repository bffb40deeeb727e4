using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Cosim.Staged;

/// <summary>
/// One LSTM time step at the <c>spice</c> level: the cell's compiled step deck in ngspice, its input sources (rows
/// x_t and h_{t−1} at the row scale, held c_{t−1} at the cell scale) replaced by <c>pwl(V(idx), …)</c> behavioural
/// sources and a DC sweep of <c>Vidx</c> over the lanes, as <see cref="SpiceEvaluator"/> does; outputs are read from
/// the pre-activation, c_t and h_t nets. Runs of one step go in parallel. Thread-safe; one per evaluator.
/// </summary>
internal sealed class LstmSpice
{
    private static readonly ConditionalWeakTable<object, LstmSpice> Instances = new();
    private readonly string designRoot;
    private readonly ISimulationEngine engine;
    private readonly int lanesPerRun;
    private readonly ConcurrentDictionary<string, SpiceNetlist> decks = new(StringComparer.Ordinal);

    private LstmSpice(string designRoot, ISimulationEngine engine, int lanesPerRun)
    {
        this.designRoot = designRoot;
        this.engine = engine;
        this.lanesPerRun = lanesPerRun;
    }

    /// <summary>The instance belonging to <paramref name="owner"/> (its evaluator).</summary>
    public static LstmSpice Of(object owner, string designRoot, ISimulationEngine engine, int lanesPerRun) =>
        Instances.GetValue(owner, _ => new LstmSpice(designRoot, engine, lanesPerRun));

    /// <summary>Per lane [x_t; h_{t−1}; c_{t−1}] → [pre-activations, c_t, h_t], network units.</summary>
    public double[][][] Evaluate(LstmCellStage cell, IReadOnlyList<double[]> lanes, CancellationToken cancellationToken)
    {
        var deck = decks.GetOrAdd(cell.Deck, d => SpiceNetlistReader.ReadFile(Path.Combine(designRoot, d)));
        var result = new double[lanes.Count][][];
        var chunks = Enumerable.Range(0, (lanes.Count + lanesPerRun - 1) / lanesPerRun).ToList();
        Parallel.ForEach(chunks, new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
        {
            var start = chunk * lanesPerRun;
            var count = Math.Min(lanesPerRun, lanes.Count - start);
            var run = engine.Run(new SimulationRequest(SweptDeck(deck, cell, lanes, start, count)) { Timeout = TimeSpan.FromMinutes(60) }, cancellationToken);
            var vectors = cell.OutputNodes.Select(group => group.Select(n => run[$"v({n.ToLowerInvariant()})"].Values).ToArray()).ToArray();
            for (var l = 0; l < count; l++)
            {
                result[start + l] = [.. vectors.Select((group, g) => group.Select((v, i) => v[l] / cell.OutputVoltsPerUnit(g, i)).ToArray())];
            }
        });
        return result;
    }

    private static SpiceNetlist SweptDeck(SpiceNetlist deck, LstmCellStage cell, IReadOnlyList<double[]> lanes, int start, int count)
    {
        var sources = cell.InputSources.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.OrdinalIgnoreCase);
        var items = new List<NetlistItem>(deck.Items.Count + 2) { new VoltageSource("Vidx", "idx", "0", 0.0) };
        foreach (var item in deck.Items)
        {
            if (item is AnalysisCommand)
            {
                continue;
            }

            if (item is VoltageSource source && sources.TryGetValue(source.Name, out var input))
            {
                items.Add(new BehavioralSource("B" + source.Name[1..], source.NodePositive, source.NodeNegative, BehavioralSourceKind.Voltage, Pwl(lanes, start, count, input, cell.InputVoltsPerUnit(input))));
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
