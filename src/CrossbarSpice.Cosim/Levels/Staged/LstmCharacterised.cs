using System.Collections.Concurrent;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// One LSTM time step at the <c>characterised</c> level: the gate crossbar solved exactly by the array solver (as at
/// <c>wired</c>), every periphery block by its ngspice-measured table (<see cref="LstmCellBench"/>): gate paths and
/// tanh(c) 1-D (monotone cubic), the multipliers and the adder 2-D (bilinear). Thread-safe; one per evaluator.
/// </summary>
internal sealed class LstmCharacterised
{
    private readonly DesignManifest manifest;
    private readonly ConductancePlan plan;
    private readonly string library;
    private readonly ISimulationEngine engine;
    private readonly ConcurrentDictionary<string, CrossbarReadout> crossbars = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<CharacterisedTransfer>> tables = new(StringComparer.Ordinal);

    /// <summary>The blocks of a design's LSTM cells; <paramref name="library"/> is its periphery library.</summary>
    public LstmCharacterised(DesignManifest manifest, ConductancePlan plan, string library, ISimulationEngine engine)
    {
        this.manifest = manifest;
        this.plan = plan;
        this.library = library;
        this.engine = engine;
    }

    /// <summary>The tables measured so far, by name (e.g. <c>seq/vertical/forward/gate-i</c>, <c>six-transistor/multiplier</c>).</summary>
    public IReadOnlyDictionary<string, CharacterisedTransfer> Tables =>
        tables.Where(t => t.Value.IsValueCreated).ToDictionary(t => t.Key, t => t.Value.Value, StringComparer.Ordinal);

    /// <summary>Per lane [x_t; h_{t−1}; c_{t−1}] → [pre-activations, c_t, h_t], network units.</summary>
    public double[][][] Evaluate(LstmCellStage cell, IReadOnlyList<double[]> lanes, CancellationToken cancellationToken)
    {
        var s = cell.Scales;
        var supply = manifest.Options.SupplyVolts;
        var gates = Enumerable.Range(0, 4).Select(q => Table($"{cell.Crossbar}/gate-{LstmRangeLog.Signals[q]}", () => LstmCellBench.Gate(engine, library, supply, s, q))).ToArray();
        var tanh = Table($"{s.Sigmoid}/tanh-c", () => LstmCellBench.TanhOfCell(engine, library, supply, s));
        var multiplier = Table($"{s.Sigmoid}/multiplier", () => LstmCellBench.Multiplier(engine, library, supply, s, Circuits.Periphery.GilbertMultiplier.Name));
        var candidate = Table($"{s.Sigmoid}/multiplier-ig", () => LstmCellBench.Multiplier(engine, library, supply, s, LstmCellScales.CandidateMultiplierName));
        var adder = Table($"{s.Sigmoid}/adder", () => LstmCellBench.Adder(engine, library, supply, s));
        var readout = crossbars.GetOrAdd(cell.Crossbar, name => new CrossbarReadout(plan.Layers.Single(l => l.Name == name), manifest.Options, s.RowVoltsPerUnit));
        int rows = cell.InputSize + cell.Hidden, hidden = cell.Hidden;
        var result = new double[lanes.Count][][];
        Parallel.For(0, lanes.Count, new ParallelOptions { CancellationToken = cancellationToken }, l =>
        {
            var lane = lanes[l];
            var z = new double[4 * hidden];
            readout.Read(lane.AsSpan(0, rows), z);
            var a = z.Select((v, j) => gates[j / hidden].Evaluate(v)).ToArray();
            var c = new double[hidden];
            var h = new double[hidden];
            for (var k = 0; k < hidden; k++)
            {
                var fc = multiplier.Evaluate(a[hidden + k], lane[rows + k] * s.CellVoltsPerUnit);
                var ig = candidate.Evaluate(a[k], a[(2 * hidden) + k]);
                var state = adder.Evaluate(fc, ig);
                c[k] = state / s.CellVoltsPerUnit;
                h[k] = multiplier.Evaluate(a[(3 * hidden) + k], tanh.Evaluate(state)) / s.HiddenVoltsPerUnit;
            }

            result[l] = [z, c, h];
        });
        return result;
    }

    private CharacterisedTransfer Table(string name, Func<CharacterisedTransfer> measure) =>
        tables.GetOrAdd(name, _ => new Lazy<CharacterisedTransfer>(measure)).Value;
}
