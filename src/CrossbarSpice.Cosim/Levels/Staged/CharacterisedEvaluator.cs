using System.Collections.Concurrent;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// The <c>characterised</c> level's stage computation: crossbars solved exactly by the array solver (as at
/// <c>wired</c>), the periphery by DC transfer tables of the design's own periphery circuits, measured in ngspice on
/// first use (<see cref="StageBench"/>, 1 mV steps, monotone cubic interpolation). A readout (and its fused activation)
/// is a table in the ideal readout voltage R_F·(I+ − I−); an averager is linear, so its output is built by
/// superposition from the table of one input: f(0) + Σ_k (f(v_k) − f(0)); an adder likewise from the tables of its two
/// inputs; an affine stage by each channel's own table. A max selector is not linear: its output is the table of one
/// input, measured with the others at the bottom rail, at the largest input, f(max_k v_k) — what the selector computes
/// while only the largest input's super-diode conducts (docs/circuits.md §7.5 gives the error against the spice
/// level). Thread-safe.
/// </summary>
internal sealed class CharacterisedEvaluator : IStageEvaluator, IDisposable
{
    private readonly DesignManifest manifest;
    private readonly ConductancePlan plan;
    private readonly string designRoot;
    private readonly string libraryPath;
    private readonly ISimulationEngine engine;
    private readonly ConcurrentDictionary<string, CrossbarReadout> crossbars = new(StringComparer.Ordinal);
    private readonly Lazy<LstmCharacterised> lstm;
    private readonly ConcurrentDictionary<string, Lazy<CharacterisedTransfer[]>> tables = new(StringComparer.Ordinal);

    /// <summary>The evaluator for a design; <paramref name="engine"/> runs the benches and is disposed with it.</summary>
    public CharacterisedEvaluator(DesignManifest manifest, ConductancePlan plan, string designRoot, ISimulationEngine engine)
    {
        this.manifest = manifest;
        this.plan = plan;
        this.engine = engine;
        this.designRoot = designRoot;
        libraryPath = Path.GetFullPath(Path.Combine(designRoot, DesignPeriphery.LibraryPath));
        lstm = new(() => new LstmCharacterised(manifest, plan, libraryPath, engine));
    }

    /// <summary>The LSTM cells' blocks at this level (created on first use).</summary>
    internal LstmCharacterised Lstm => lstm.Value;

    /// <summary>The transfer tables measured so far, by stage deck: per output (readout, activation) input volts → output volts.</summary>
    public IReadOnlyDictionary<string, CharacterisedTransfer[]> Tables =>
        tables.Where(t => t.Value.IsValueCreated).ToDictionary(t => t.Key, t => t.Value.Value, StringComparer.Ordinal);

    /// <inheritdoc />
    public double[][][] Evaluate(CircuitStage stage, IReadOnlyList<double[]> lanes, CancellationToken cancellationToken)
    {
        if (stage is LstmCellStage cell) return lstm.Value.Evaluate(cell, lanes, cancellationToken);
        StageDecks.Require(manifest, designRoot, stage);
        var table = TablesOf(stage);
        var sOut = manifest.Options.OutputVoltsPerUnit;
        var result = new double[lanes.Count][][];
        switch (stage)
        {
            case CrossbarStage crossbar:
                var readout = Crossbar(crossbar.Layers[0]);
                Parallel.For(0, lanes.Count, new ParallelOptions { CancellationToken = cancellationToken }, l =>
                {
                    var y = new double[readout.Outputs];
                    readout.Read(lanes[l], y);
                    result[l] = [.. table.Select(t => y.Select(v => t.Evaluate(v * sOut) / sOut).ToArray())];
                });
                break;
            case ElementStage:
                for (var l = 0; l < lanes.Count; l++)
                {
                    result[l] = [[table[0].Evaluate(lanes[l][0] * sOut) / sOut]];
                }

                break;
            case AverageStage:
                var zero = table[0].Evaluate(0);
                for (var l = 0; l < lanes.Count; l++)
                {
                    var sum = zero;
                    foreach (var v in lanes[l])
                    {
                        sum += table[0].Evaluate(v * sOut) - zero;
                    }

                    result[l] = [[sum / sOut]];
                }

                break;
            case AdderStage:
                // Linear: f(a, b) = f(a, 0) + f(0, b) − f(0, 0).
                var offset = table[0].Evaluate(0);
                for (var l = 0; l < lanes.Count; l++)
                {
                    result[l] = [[(table[0].Evaluate(lanes[l][0] * sOut) + table[1].Evaluate(lanes[l][1] * sOut) - offset) / sOut]];
                }

                break;
            case AffineStage:
                // Each channel's amplifier has its own table (its own gain resistor and bias source).
                for (var l = 0; l < lanes.Count; l++)
                {
                    result[l] = [[.. lanes[l].Select((v, c) => table[c].Evaluate(v * sOut) / sOut)]];
                }

                break;
            case MaxStage:
                for (var l = 0; l < lanes.Count; l++)
                {
                    result[l] = [[table[0].Evaluate(lanes[l].Max() * sOut) / sOut]];
                }

                break;
            default:
                throw new ArgumentException($"stage {stage.Layers[0]} is not computed by circuits", nameof(stage));
        }

        return result;
    }

    /// <summary>Frees the crossbars and the engine.</summary>
    public void Dispose()
    {
        foreach (var crossbar in crossbars.Values)
        {
            crossbar.Dispose();
        }

        engine.Dispose();
    }

    private CrossbarReadout Crossbar(string layer) => crossbars.GetOrAdd(layer, name =>
    {
        var crossbar = manifest.Layers.SelectMany(l => l.Crossbars).Single(c => c.Name == name);
        return new CrossbarReadout(plan.Layers.Single(l => l.Name == name), manifest.Options, crossbar.InputVoltsPerUnit);
    });

    private CharacterisedTransfer[] TablesOf(CircuitStage stage) =>
        tables.GetOrAdd(stage.Deck, _ => new Lazy<CharacterisedTransfer[]>(() => Measure(stage))).Value;

    private CharacterisedTransfer[] Measure(CircuitStage stage)
    {
        var (netlist, sweep, inputScale) = StageBench.Build(stage, libraryPath, manifest.Options.SupplyVolts);
        var run = engine.Run(new SimulationRequest(netlist, sweep) { Timeout = TimeSpan.FromMinutes(10) });
        var input = run.Axis!.Values.Select(v => v * inputScale).ToList();
        var nodes = stage switch
        {
            CrossbarStage { Tail: not null } => new[] { "y0", "z0" },
            CrossbarStage => ["y0"],
            AdderStage => ["out0", "out1"],
            AffineStage affine => [.. affine.OutputNodes[0]],
            _ => ["out0"],
        };
        return [.. nodes.Select(n => CharacterisedTransfer.OneDimensional(input, run[$"v({n})"].Values))];
    }
}
