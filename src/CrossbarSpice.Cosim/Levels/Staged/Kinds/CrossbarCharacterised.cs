using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>
/// A crossbar stage: the crossbar solved exactly by the array solver (as at <c>wired</c>), its readout (and fused
/// activation) a table in the ideal readout voltage R_F·(I+ − I−), measured with a current into the readout's
/// positive column.
/// </summary>
internal sealed class CrossbarCharacterised : TabledStage<CrossbarStage>
{
    /// <inheritdoc />
    public override (IReadOnlyList<NetlistItem> Items, DcAnalysis Sweep, double InputScale) Bench(CrossbarStage stage, double supplyVolts)
    {
        var rf = stage.FeedbackOhms;
        var items = new List<NetlistItem>
        {
            new CurrentSource("Iu", "0", "colp", 0.0),
            new SubcircuitInstance("Xro", ["colp", "coln", "y0", "vdd", "vss"], DifferentialReadout.Name, [new SpiceParameter("RF", rf)]),
        };
        if (stage.Tail is { } tail)
        {
            items.AddRange(tail.SharedSources());
            items.AddRange(tail.Instance("0", "y0", "z0"));
        }

        return (items, new DcAnalysis(new DcSweep("Iu", -supplyVolts / rf, supplyVolts / rf, StageBench.StepVolts / rf)), rf);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<string> Nodes(CrossbarStage stage) => stage.Tail is null ? ["y0"] : ["y0", "z0"];

    /// <inheritdoc />
    protected override double[][][] Evaluate(CrossbarStage stage, CharacterisedTransfer[] model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken)
    {
        var readout = context.Crossbar(stage.Layers[0]);
        var sOut = context.OutputVoltsPerUnit;
        var result = new double[lanes.Count][][];
        Parallel.For(0, lanes.Count, new ParallelOptions { CancellationToken = cancellationToken }, l =>
        {
            var y = new double[readout.Outputs];
            readout.Read(lanes[l], y);
            result[l] = [.. model.Select(t => y.Select(v => t.Evaluate(v * sOut) / sOut).ToArray())];
        });
        return result;
    }
}
