using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>
/// A max selector: not linear, so its output is the table of one input, measured with the others at the bottom rail
/// (their super-diodes off), at the largest input, f(max_k v_k) — what the selector computes while only the largest
/// input's super-diode conducts (docs/circuits.md §7.5 gives the error against the spice level).
/// </summary>
internal sealed class MaxCharacterised : TabledStage<MaxStage>
{
    /// <inheritdoc />
    public override (IReadOnlyList<NetlistItem> Items, DcAnalysis Sweep, double InputScale) Bench(MaxStage stage, double supplyVolts)
    {
        var items = new List<NetlistItem>();
        for (var i = 0; i < stage.InputSources.Count; i++)
        {
            items.Add(new VoltageSource($"Vin{i}", $"in{i}", "0", i == 0 ? 0.0 : -supplyVolts));
        }

        items.Add(new SubcircuitInstance(stage.InstanceName, [.. Enumerable.Range(0, stage.InputSources.Count).Select(i => $"in{i}"), "out0", "vdd", "vss"], stage.Subcircuit));
        return (items, StageBench.Sweep(supplyVolts), 1.0);
    }

    /// <inheritdoc />
    protected override double[][][] Evaluate(MaxStage stage, CharacterisedTransfer[] model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken)
    {
        var sOut = context.OutputVoltsPerUnit;
        var result = new double[lanes.Count][][];
        for (var l = 0; l < lanes.Count; l++)
        {
            result[l] = [[model[0].Evaluate(lanes[l].Max() * sOut) / sOut]];
        }

        return result;
    }
}
