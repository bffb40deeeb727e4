using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>An element-wise circuit on its own: its table, driven by a voltage.</summary>
internal sealed class ElementCharacterised : TabledStage<ElementStage>
{
    /// <inheritdoc />
    public override (IReadOnlyList<NetlistItem> Items, DcAnalysis Sweep, double InputScale) Bench(ElementStage stage, double supplyVolts) =>
        ([new VoltageSource("Vin0", "in0", "0", 0.0), .. stage.Circuit.SharedSources(), .. stage.Circuit.Instance("0", "in0", "out0")], StageBench.Sweep(supplyVolts), 1.0);

    /// <inheritdoc />
    protected override double[][][] Evaluate(ElementStage stage, CharacterisedTransfer[] model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken)
    {
        var sOut = context.OutputVoltsPerUnit;
        var result = new double[lanes.Count][][];
        for (var l = 0; l < lanes.Count; l++)
        {
            result[l] = [[model[0].Evaluate(lanes[l][0] * sOut) / sOut]];
        }

        return result;
    }
}
