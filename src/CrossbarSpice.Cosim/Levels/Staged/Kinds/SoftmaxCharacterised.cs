using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>
/// The softmax stage by the translinear law the circuit implements, with its parts measured: the design's circuit with
/// input 0 swept over the argument range and the others at 0 V gives each branch's exponential relative to a branch at
/// 0 V, e(v) = V_out,0(v) / V_out,1(v) (a table of ln e), and the outputs' total S (the tail current times R_F) at
/// v = 0; a lane's output k is then S·e(v_k) / Σ_j e(v_j). What this leaves out (branch mismatch under the op-amps'
/// offsets, the slope factor's drift with a branch's current) is what the spice level adds.
/// </summary>
internal sealed class SoftmaxCharacterised : CharacterisedStage<SoftmaxStage, SoftmaxCharacterised.Model>
{
    /// <summary>The measured exponential (ln e against input volts) and total output, V.</summary>
    /// <param name="LogExponential">ln e(v).</param>
    /// <param name="TotalVolts">S.</param>
    internal sealed record Model(CharacterisedTransfer LogExponential, double TotalVolts);

    /// <summary>The bench: the lane circuit, input 0 swept over 1.05 × the argument range, the others at 0 V.</summary>
    public static (List<NetlistItem> Items, DcAnalysis Sweep) Bench(SoftmaxStage stage, double voltsPerUnit)
    {
        var items = new List<NetlistItem>();
        for (var k = 0; k < stage.InputSources.Count; k++)
        {
            items.Add(new VoltageSource(stage.InputSources[k], FormattableString.Invariant($"in{k}"), "0", 0.0));
        }

        items.AddRange(stage.LaneCircuit());
        var range = 1.05 * SoftmaxStage.ArgumentLimit * voltsPerUnit;
        return (items, new DcAnalysis(new DcSweep(stage.InputSources[0], -range, range, StageBench.StepVolts)));
    }

    /// <inheritdoc />
    protected override Model Measure(SoftmaxStage stage, StageContext context)
    {
        var (items, sweep) = Bench(stage, context.OutputVoltsPerUnit);
        var run = context.Engine.Run(new SimulationRequest(StageBench.Netlist(stage, context.LibraryPath, context.SupplyVolts, items), sweep) { Timeout = TimeSpan.FromMinutes(10) });
        var v = run.Axis!.Values;
        var swept = run[$"v({stage.OutputNodes[0][0]})"].Values;
        var other = run[$"v({stage.OutputNodes[0][1]})"].Values;
        var n = stage.InputSources.Count;
        // A share below a nanovolt is the op-amps' offset, not a current: floored so the logarithm stays finite.
        var log = v.Select((_, i) => Math.Log(Math.Max(swept[i], 1e-9) / Math.Max(other[i], 1e-9))).ToList();
        var total = CharacterisedTransfer.OneDimensional(v, [.. v.Select((_, i) => swept[i] + ((n - 1) * other[i]))]);
        return new Model(CharacterisedTransfer.OneDimensional(v, log), total.Evaluate(0));
    }

    /// <inheritdoc />
    protected override double[][][] Evaluate(SoftmaxStage stage, Model model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken)
    {
        var s = context.OutputVoltsPerUnit;
        var result = new double[lanes.Count][][];
        for (var l = 0; l < lanes.Count; l++)
        {
            var log = lanes[l].Select(x => model.LogExponential.Evaluate(x * s)).ToArray();
            var max = log.Max();
            var e = log.Select(x => Math.Exp(x - max)).ToArray();
            var sum = e.Sum();
            result[l] = [[.. e.Select(x => model.TotalVolts * x / sum / s)]];
        }

        return result;
    }
}
