using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>
/// An averager: linear, so its output is built by superposition from the table of its first input (the others at
/// 0 V): f(0) + Σ_k (f(v_k) − f(0)).
/// </summary>
internal sealed class AverageCharacterised : TabledStage<AverageStage>
{
    /// <inheritdoc />
    public override (IReadOnlyList<NetlistItem> Items, DcAnalysis Sweep, double InputScale) Bench(AverageStage stage, double supplyVolts)
    {
        var inputs = stage.InputSources.Count;
        var items = new List<NetlistItem>();
        for (var i = 0; i < inputs; i++)
        {
            items.Add(new VoltageSource($"Vin{i}", $"in{i}", "0", 0.0));
        }

        items.Add(new SubcircuitInstance("Xavg", [.. Enumerable.Range(0, inputs).Select(i => $"in{i}"), "out0", "vdd", "vss"], stage.Subcircuit));
        return (items, StageBench.Sweep(supplyVolts), 1.0);
    }

    /// <inheritdoc />
    protected override double[][][] Evaluate(AverageStage stage, CharacterisedTransfer[] model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken)
    {
        var sOut = context.OutputVoltsPerUnit;
        var result = new double[lanes.Count][][];
        var zero = model[0].Evaluate(0);
        for (var l = 0; l < lanes.Count; l++)
        {
            var sum = zero;
            foreach (var v in lanes[l])
            {
                sum += model[0].Evaluate(v * sOut) - zero;
            }

            result[l] = [[sum / sOut]];
        }

        return result;
    }
}
