using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>
/// An analogue adder: linear, f(a, b) = f(a, 0) + f(0, b) − f(0, 0), from two tables measured on one swept source
/// (out0 = f(v, 0), out1 = f(0, v)).
/// </summary>
internal sealed class AdderCharacterised : TabledStage<AdderStage>
{
    /// <inheritdoc />
    public override (IReadOnlyList<NetlistItem> Items, DcAnalysis Sweep, double InputScale) Bench(AdderStage stage, double supplyVolts) =>
        ([
            new VoltageSource("Vin0", "in0", "0", 0.0),
            new SubcircuitInstance("Xadd0", ["in0", "0", "out0", "vdd", "vss"], AnalogueAdder.Name),
            new SubcircuitInstance("Xadd1", ["0", "in0", "out1", "vdd", "vss"], AnalogueAdder.Name),
        ], StageBench.Sweep(supplyVolts), 1.0);

    /// <inheritdoc />
    protected override IReadOnlyList<string> Nodes(AdderStage stage) => ["out0", "out1"];

    /// <inheritdoc />
    protected override double[][][] Evaluate(AdderStage stage, CharacterisedTransfer[] model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken)
    {
        var sOut = context.OutputVoltsPerUnit;
        var result = new double[lanes.Count][][];
        var offset = model[0].Evaluate(0);
        for (var l = 0; l < lanes.Count; l++)
        {
            result[l] = [[(model[0].Evaluate(lanes[l][0] * sOut) + model[1].Evaluate(lanes[l][1] * sOut) - offset) / sOut]];
        }

        return result;
    }
}
