using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Cosim.Timing;

/// <summary>
/// The result of a timing run: one row per stage (per cell for an LSTM layer) with its clock period (the slowest lane's
/// settle time over every sample), its sequential reads and its energy at that clock; the critical path per inference
/// (stages one after another; the cells of one LSTM layer side by side, so the slowest counts); the energy per
/// inference; and, for the first sample, each stage's slowest output against time.
/// </summary>
public sealed record TimingReport
{
    /// <summary>The rows in stage order.</summary>
    public required IReadOnlyList<TimingRow> Rows { get; init; }

    /// <summary>The settling band, V.</summary>
    public required double BandVolts { get; init; }

    /// <summary>How the tiles entered ngspice (<see cref="Levels.Staged.SpiceStageDecks.Describe"/>).</summary>
    public required string Arrays { get; init; }

    /// <summary>Samples run.</summary>
    public required int Samples { get; init; }

    /// <summary>Per stage row of the first sample, the critical lane's slowest output over its slot.</summary>
    public required IReadOnlyList<TimingWaveform> Waveforms { get; init; }

    /// <summary>The final layer's outputs per sample at the DC <c>spice</c> level, network units.</summary>
    public IReadOnlyList<double[]> SpiceOutputs { get; init; } = [];

    /// <summary>Latency per inference, s: Σ over layers of the slowest of the layer's rows' <see cref="TimingRow.LatencySeconds"/>.</summary>
    public double LatencySeconds => Layers().Sum(g => g.Max(r => r.LatencySeconds));

    /// <summary>Inferences per second when one inference runs at a time: 1 / <see cref="LatencySeconds"/>.</summary>
    public double InferencesPerSecond => 1 / LatencySeconds;

    /// <summary>Inferences per second when every layer works on a different inference (pipelined): 1 / the slowest layer.</summary>
    public double PipelinedInferencesPerSecond => 1 / Layers().Max(g => g.Max(r => r.LatencySeconds));

    /// <summary>Energy per inference at the measured clocks, J.</summary>
    public double JoulesPerInference => Rows.Sum(r => r.JoulesPerInference);

    /// <summary>True when every lane of every stage settled.</summary>
    public bool Settled => Rows.All(r => r.Settled);

    private IEnumerable<IGrouping<string, TimingRow>> Layers() => Rows.GroupBy(r => r.Layer, StringComparer.Ordinal);

    /// <summary>Puts the calls of every sample (<paramref name="samples"/>, in sample order) together.</summary>
    internal static TimingReport Of(NetworkGraph graph, IReadOnlyList<CircuitStage> stages, IReadOnlyList<IReadOnlyList<StageCall>> samples, TransientSettings settings, string arrays)
    {
        var shapes = graph.InferShapes();
        var layers = graph.Layers.ToDictionary(l => l.Name, StringComparer.Ordinal);
        var rows = new List<TimingRow>();
        var waves = new List<TimingWaveform>();
        foreach (var stage in stages.Where(s => s is not WiringStage).SelectMany(s => s is LstmStage lstm ? lstm.Cells.Cast<CircuitStage>() : [s]))
        {
            var name = StageCall.RowName(stage);
            var calls = samples.Select(sample => sample.Where(c => StageCall.RowName(c.Stage) == name).ToList()).ToList();
            if (calls.Count == 0 || calls[0].Count == 0)
            {
                continue;
            }

            var settle = -1.0;
            var critical = (Sample: 0, Call: 0, Lane: 0);
            foreach (var (sample, s) in calls.Select((c, s) => (c, s)))
            {
                foreach (var (call, c) in sample.Select((c, i) => (c, i)))
                {
                    for (var l = 0; l < call.Transient.LaneCount; l++)
                    {
                        if (call.Transient.SettleSeconds(l) > settle)
                        {
                            (settle, critical) = (call.Transient.SettleSeconds(l), (s, c, l));
                        }
                    }
                }
            }

            var all = calls.SelectMany(s => s).ToList();
            var criticalCall = calls[critical.Sample][critical.Call];
            var arraySettle = calls.SelectMany(c => c).Max(c => c.ArraySettleSeconds);
            var clock = settle + arraySettle;
            var joules = calls.Average(sample => sample.Sum(call => Enumerable.Range(0, call.Transient.LaneCount).Sum(l => call.Transient.Joules(l, clock))));
            var layer = layers[stage.Layers[0]];
            var steps = calls[0].Count > 1 ? $" step {critical.Call}" : string.Empty;
            rows.Add(new TimingRow(
                name,
                layer.Name,
                Kind(stage),
                calls[0].Sum(c => c.Transient.LaneCount),
                TimingRun.Reads(layer, shapes),
                settle,
                $"sample {critical.Sample}{steps} lane {critical.Lane}",
                criticalCall.Transient.OutputNodes[criticalCall.Transient.CriticalOutput(critical.Lane)],
                joules,
                all.All(c => Enumerable.Range(0, c.Transient.LaneCount).All(c.Transient.Settled)),
                all.Max(c => c.DcDeltaVolts),
                all.Max(c => Enumerable.Range(0, c.Transient.LaneCount).Max(c.Transient.SlotSeconds)),
                arraySettle));
            waves.Add(Waveform(name, calls[0]));
        }

        return new TimingReport { Rows = rows, BandVolts = settings.BandVolts, Arrays = arrays, Samples = samples.Count, Waveforms = waves };
    }

    /// <summary>The first sample's slowest lane of a row: its last-settling output over its slot.</summary>
    private static TimingWaveform Waveform(string name, IReadOnlyList<StageCall> calls)
    {
        var best = (Call: 0, Lane: 0, Settle: -1.0);
        foreach (var (call, c) in calls.Select((c, i) => (c, i)))
        {
            for (var l = 0; l < call.Transient.LaneCount; l++)
            {
                if (call.Transient.SettleSeconds(l) > best.Settle)
                {
                    best = (c, l, call.Transient.SettleSeconds(l));
                }
            }
        }

        var transient = calls[best.Call].Transient;
        var output = transient.CriticalOutput(best.Lane);
        var (seconds, volts) = transient.Waveform(best.Lane, output);
        return new TimingWaveform(name, transient.OutputNodes[output], seconds, volts, best.Settle);
    }

    /// <summary>crossbar, element, average, max, lstm-cell …: the stage record's name without "Stage", in kebab case.</summary>
    private static string Kind(CircuitStage stage)
    {
        var name = stage.GetType().Name;
        name = name.EndsWith("Stage", StringComparison.Ordinal) ? name[..^5] : name;
        return string.Concat(name.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
    }
}
