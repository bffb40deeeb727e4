using System.Globalization;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>A per-channel affine stage: every channel's amplifier on one swept source, out{c} channel c's own table
/// (its own gain resistor and bias source).</summary>
internal sealed class AffineCharacterised : TabledStage<AffineStage>
{
    /// <inheritdoc />
    public override (IReadOnlyList<NetlistItem> Items, DcAnalysis Sweep, double InputScale) Bench(AffineStage stage, double supplyVolts)
    {
        var items = new List<NetlistItem> { new VoltageSource("Vin0", "in0", "0", 0.0) };
        for (var c = 0; c < stage.Scales.Count; c++)
        {
            var channel = c.ToString(CultureInfo.InvariantCulture);
            items.AddRange(AffineAmplifier.Elements(channel, "in0", $"out{channel}", stage.Scales[c], stage.BiasVolts[c]));
        }

        return (items, StageBench.Sweep(supplyVolts), 1.0);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<string> Nodes(AffineStage stage) => [.. stage.OutputNodes[0]];

    /// <inheritdoc />
    protected override double[][][] Evaluate(AffineStage stage, CharacterisedTransfer[] model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken)
    {
        var sOut = context.OutputVoltsPerUnit;
        var result = new double[lanes.Count][][];
        for (var l = 0; l < lanes.Count; l++)
        {
            result[l] = [[.. lanes[l].Select((v, c) => model[c].Evaluate(v * sOut) / sOut)]];
        }

        return result;
    }
}
