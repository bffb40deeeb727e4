using System.Globalization;
using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>
/// The matMul stage from its two measured parts: the Gilbert multiplier's DC transfer on a grid over its ±1 V inputs
/// (loaded by the summer's input resistor, whose other end is the summer's virtual ground: a resistor to ground), and
/// the summer with its inverter: its equal input resistors meet at a virtual ground, so its output is a function of
/// the sum of its inputs, measured with one input swept and the others at 0 V: out = f(Σ_q g(a_q, b_q)) (a table
/// over the multipliers' whole output range, so the summer's own clipping is in it).
/// </summary>
internal sealed class MatMulCharacterised : CharacterisedStage<MatMulStage, MatMulCharacterised.Model>
{
    /// <summary>Grid step of the multiplier's table, V (bilinear interpolation is exact on a product a·b, so the
    /// grid only has to follow the cell's slow compression).</summary>
    public const double GridStepVolts = 0.05;

    /// <summary>The multiplier's grid table and the summer's table.</summary>
    /// <param name="Multiplier">g(a, b), V.</param>
    /// <param name="Summer">f(p): the stage output against one product input, V.</param>
    internal sealed record Model(CharacterisedTransfer Multiplier, CharacterisedTransfer Summer);

    /// <inheritdoc />
    protected override Model Measure(MatMulStage stage, StageContext context)
    {
        var options = new GilbertMultiplierOptions();
        var limit = MatMulStage.InputLimitVolts;
        var multiplier = new List<NetlistItem>
        {
            new VoltageSource("Vcma", "cma", "0", options.UpperCommonModeVolts),
            new VoltageSource("Vcmb", "cmb", "0", options.LowerCommonModeVolts),
            new VoltageSource("Va", "a", "0", 0.0),
            new VoltageSource("Vb", "b", "0", 0.0),
            new SubcircuitInstance("Xg", ["a", "b", "p", "cma", "cmb", "vdd", "vss"], GilbertMultiplier.Name),
            new Resistor("Rload", "p", "0", MatMulStage.SummerOhms),
        };
        var count = (int)Math.Round(2 * limit / GridStepVolts) + 1;
        double[] axis = [.. Enumerable.Range(0, count).Select(i => -limit + (i * GridStepVolts))];
        var grid = Run(stage, context, multiplier, new DcAnalysis(new DcSweep("Va", -limit, limit, GridStepVolts), new DcSweep("Vb", -limit, limit, GridStepVolts)));
        var products = grid["v(p)"].Values;
        if (products.Count != count * count)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"matMul bench: the nested sweep returned {products.Count} points, expected {count}×{count}"));
        }

        // The summer on its own: product inputs p0 … at 0 V but p0, swept over the outputs the multipliers can give.
        var summer = new List<NetlistItem>();
        var lane = stage.LaneCircuit();
        summer.AddRange(lane.Where(item => item is Resistor or SubcircuitInstance { Name: "XS1" or "XS2" } or VoltageSource { Name: "Vtrim" }));
        summer.Add(new VoltageSource("Vp", "p0", "0", 0.0));
        for (var q = 1; q < stage.Terms; q++)
        {
            summer.Add(new VoltageSource(string.Create(CultureInfo.InvariantCulture, $"Vp{q}"), string.Create(CultureInfo.InvariantCulture, $"p{q}"), "0", 0.0));
        }

        // Past ±VDD at the output the summer has clipped: the table's flat ends are the clipping.
        var peak = 1.2 * context.SupplyVolts * MatMulStage.SummerOhms / stage.FeedbackOhms;
        var sum = Run(stage, context, summer, new DcAnalysis(new DcSweep("Vp", -peak, peak, peak / 1000)));
        return new Model(
            CharacterisedTransfer.TwoDimensional(axis, axis, products),
            CharacterisedTransfer.OneDimensional(sum.Axis!.Values, sum[$"v({stage.OutputNodes[0][0]})"].Values));
    }

    /// <inheritdoc />
    protected override double[][][] Evaluate(MatMulStage stage, Model model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken)
    {
        var s = context.OutputVoltsPerUnit;
        var k = stage.Terms;
        var result = new double[lanes.Count][][];
        for (var l = 0; l < lanes.Count; l++)
        {
            var x = lanes[l];
            var products = 0.0;
            for (var q = 0; q < k; q++)
            {
                products += model.Multiplier.Evaluate(x[q] * s, x[k + q] * s);
            }

            result[l] = [[model.Summer.Evaluate(products) / s]];
        }

        return result;
    }

    private static SimulationResult Run(MatMulStage stage, StageContext context, List<NetlistItem> items, DcAnalysis sweep) =>
        context.Engine.Run(new SimulationRequest(StageBench.Netlist(stage, context.LibraryPath, context.SupplyVolts, items), sweep) { Timeout = TimeSpan.FromMinutes(10) });
}
