using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>
/// A stage kind characterised by 1-D DC transfer tables: one bench run (a DC sweep in <see cref="StageBench.StepVolts"/>
/// steps over the supplies), one table per measured node; the swept value times the bench's input scale is the
/// table's input in volts.
/// </summary>
/// <typeparam name="TStage">The stage record.</typeparam>
internal abstract class TabledStage<TStage> : CharacterisedStage<TStage, CharacterisedTransfer[]>
    where TStage : CircuitStage
{
    /// <summary>The bench's circuit (after the library include and the supplies), its sweep and input scale.</summary>
    public abstract (IReadOnlyList<NetlistItem> Items, DcAnalysis Sweep, double InputScale) Bench(TStage stage, double supplyVolts);

    /// <summary>The nodes whose transfers are the tables, in the order <see cref="CharacterisedStage{TStage, TModel}.Evaluate(TStage, TModel, IReadOnlyList{double[]}, StageContext, CancellationToken)"/> uses them.</summary>
    protected virtual IReadOnlyList<string> Nodes(TStage stage) => ["out0"];

    /// <inheritdoc />
    protected override CharacterisedTransfer[] Measure(TStage stage, StageContext context)
    {
        var (items, sweep, inputScale) = Bench(stage, context.SupplyVolts);
        var netlist = StageBench.Netlist(stage, context.LibraryPath, context.SupplyVolts, items);
        var run = context.Engine.Run(new SimulationRequest(netlist, sweep) { Timeout = TimeSpan.FromMinutes(10) });
        var input = run.Axis!.Values.Select(v => v * inputScale).ToList();
        return [.. Nodes(stage).Select(n => CharacterisedTransfer.OneDimensional(input, run[$"v({n})"].Values))];
    }
}
