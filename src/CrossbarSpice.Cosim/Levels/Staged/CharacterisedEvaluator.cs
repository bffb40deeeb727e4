using System.Collections.Concurrent;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Cosim.Levels.Staged.Kinds;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// The <c>characterised</c> level's stage computation: crossbars solved exactly by the array solver (as at
/// <c>wired</c>), the periphery by what a bench of the design's own periphery circuit measured in ngspice on first
/// use (DC transfer tables in 1 mV steps with monotone cubic interpolation, or a kind's measured function). How each
/// stage kind is measured and computed is its <see cref="CharacterisedStage"/> (folder <c>Kinds/</c>, registered in
/// <see cref="CharacterisedStages"/>); this class caches the measurements per stage deck and dispatches. Thread-safe.
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
    private readonly ConcurrentDictionary<string, Lazy<object>> models = new(StringComparer.Ordinal);
    private readonly StageContext context;

    /// <summary>The evaluator for a design; <paramref name="engine"/> runs the benches and is disposed with it.</summary>
    public CharacterisedEvaluator(DesignManifest manifest, ConductancePlan plan, string designRoot, ISimulationEngine engine)
    {
        this.manifest = manifest;
        this.plan = plan;
        this.engine = engine;
        this.designRoot = designRoot;
        libraryPath = Path.GetFullPath(Path.Combine(designRoot, DesignPeriphery.LibraryPath));
        lstm = new(() => new LstmCharacterised(manifest, plan, libraryPath, engine));
        context = new StageContext(engine, libraryPath, manifest.Options.SupplyVolts, manifest.Options.OutputVoltsPerUnit, Crossbar);
    }

    /// <summary>The LSTM cells' blocks at this level (created on first use).</summary>
    internal LstmCharacterised Lstm => lstm.Value;

    /// <summary>The transfer tables measured so far, by stage deck: per output (readout, activation) input volts → output volts.</summary>
    public IReadOnlyDictionary<string, CharacterisedTransfer[]> Tables =>
        models.Where(t => t.Value.IsValueCreated && t.Value.Value is CharacterisedTransfer[])
            .ToDictionary(t => t.Key, t => (CharacterisedTransfer[])t.Value.Value, StringComparer.Ordinal);

    /// <inheritdoc />
    public double[][][] Evaluate(CircuitStage stage, IReadOnlyList<double[]> lanes, CancellationToken cancellationToken)
    {
        if (stage is LstmCellStage cell) return lstm.Value.Evaluate(cell, lanes, cancellationToken);
        StageDecks.Require(manifest, designRoot, stage);
        var behaviour = CharacterisedStages.For(stage);
        var model = models.GetOrAdd(stage.Deck, _ => new Lazy<object>(() => behaviour.Measure(stage, context))).Value;
        return behaviour.Evaluate(stage, model, lanes, context, cancellationToken);
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
}
