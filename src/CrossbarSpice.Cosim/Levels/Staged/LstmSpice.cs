using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// One LSTM time step at the <c>spice</c> level: the cell's compiled step deck in ngspice, its input sources (rows
/// x_t and h_{t−1} at the row scale, held c_{t−1} at the cell scale) replaced by <c>pwl(V(idx), …)</c> behavioural
/// sources and a DC sweep of <c>Vidx</c> over the lanes, as <see cref="SpiceEvaluator"/> does; outputs are read from
/// the pre-activation, c_t and h_t nets. Runs of one step go in parallel. Thread-safe; one per evaluator.
/// </summary>
internal sealed class LstmSpice
{
    private readonly SpiceStageDecks decks;
    private readonly ISimulationEngine engine;
    private readonly int lanesPerRun;

    /// <summary>The step decks of a design's LSTM cells, at most <paramref name="lanesPerRun"/> lanes per ngspice run.</summary>
    public LstmSpice(SpiceStageDecks decks, ISimulationEngine engine, int lanesPerRun)
    {
        this.decks = decks;
        this.engine = engine;
        this.lanesPerRun = lanesPerRun;
    }

    /// <summary>Receives every ngspice run as it finishes (from parallel workers); null for none.</summary>
    public Action<SpiceRun>? Ran { get; init; }

    /// <summary>
    /// Per lane [x_t; h_{t−1}; c_{t−1}] → [pre-activations, c_t, h_t], network units; the lanes come in samples of
    /// <paramref name="lanesPerSample"/> and no ngspice run mixes two samples, so a sample's result does not depend on
    /// the batch it is solved in (<see cref="SpiceEvaluator.Runs"/>).
    /// </summary>
    public double[][][] Evaluate(LstmCellStage cell, IReadOnlyList<double[]> lanes, int lanesPerSample, CancellationToken cancellationToken)
    {
        var deck = decks.Read(cell.Deck);
        var result = new double[lanes.Count][][];
        Parallel.ForEach(SpiceEvaluator.Runs(lanes.Count, lanesPerSample, lanesPerRun), new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
        {
            var (start, count) = chunk;
            var swept = SpiceEvaluator.SweptDeck(deck, cell.InputSources, lanes, start, count, cell.InputVoltsPerUnit);
            var run = engine.Run(new SimulationRequest(swept) { Timeout = TimeSpan.FromMinutes(60) }, cancellationToken);
            Ran?.Invoke(new SpiceRun(cell, start, count, swept, run));
            var vectors = cell.OutputNodes.Select(group => group.Select(n => run[$"v({n.ToLowerInvariant()})"].Values).ToArray()).ToArray();
            for (var l = 0; l < count; l++)
            {
                result[start + l] = [.. vectors.Select((group, g) => group.Select((v, i) => v[l] / cell.OutputVoltsPerUnit(g, i)).ToArray())];
            }
        });
        return result;
    }
}
