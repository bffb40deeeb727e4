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
/// The layer-norm stage as the bench measures it: the circuit's divider output y against the normalised value
/// z = (x − μ)/σ (input 0 swept over the deviation range with the others at a small fixed spread, z of each point computed
/// from its inputs: one table g(z)), then each feature's affine amplifier (γ_k, β_k) on one swept source (a table
/// h_k each); a lane's output k is h_k(g(z_k)) with z_k from the lane's inputs. That y depends on z_k alone is the
/// approximation (the squarers' errors make σ depend on the whole group); the spice level has the rest.
/// </summary>
internal sealed class LayerNormCharacterised : CharacterisedStage<LayerNormStage, LayerNormCharacterised.Model>
{
    /// <summary>g and h_k.</summary>
    /// <param name="Divider">y (V) against z.</param>
    /// <param name="Affine">Per feature, out_k (V) against y (V).</param>
    internal sealed record Model(CharacterisedTransfer Divider, CharacterisedTransfer[] Affine);

    /// <summary>Step of the divider bench's sweep, V: the circuit has some 300 MOSFETs at N = 8, and z moves slowly with one input.</summary>
    public const double CoreStepVolts = 2e-3;

    /// <summary>The other inputs' fixed spread on the divider bench, V: evenly over ±0.1 of the deviation range D, so
    /// that input 0 swept over ±D takes z₀ close to the group's bound √(N − 1).</summary>
    public static double[] Spread(int features, double deviationVolts) =>
        [.. Enumerable.Range(1, features - 1).Select(j => features == 2 ? 0.0 : deviationVolts * (-0.1 + (0.2 * (j - 1) / (features - 2))))];

    /// <inheritdoc />
    protected override Model Measure(LayerNormStage stage, StageContext context)
    {
        var n = stage.InputSources.Count;
        // D: the deviation from the mean the difference amplifiers put at the multipliers' 1 V.
        var limit = Math.Min(LayerNormStage.InputLimitVolts, LayerNormStage.InputLimitVolts / stage.Options.DifferenceGain);
        var spread = Spread(n, limit);
        var core = new List<NetlistItem>();
        for (var k = 0; k < n; k++)
        {
            core.Add(new VoltageSource(stage.InputSources[k], Invariant($"in{k}"), "0", k == 0 ? 0.0 : spread[k - 1]));
        }

        // The lane circuit without its affine amplifiers: the divider outputs y0 … are the subcircuit's outputs.
        core.AddRange(stage.LaneCircuit().Take(3));
        var run = Run(stage, context, core, new DcAnalysis(new DcSweep(stage.InputSources[0], -limit, limit, CoreStepVolts)));
        var v = run.Axis!.Values;
        var z = v.Select(x => Normalised([x, .. spread])).ToList();
        var divider = CharacterisedTransfer.OneDimensional(z, run["v(y0)"].Values);

        var affine = new List<NetlistItem> { new VoltageSource("Vy", "y", "0", 0.0) };
        for (var k = 0; k < n; k++)
        {
            affine.AddRange(AffineAmplifier.Elements(Invariant($"{k}"), "y", stage.OutputNodes[0][k], stage.Gains[k], stage.BiasVolts[k]));
        }

        var amplifiers = Run(stage, context, affine, new DcAnalysis(new DcSweep("Vy", -context.SupplyVolts, context.SupplyVolts, StageBench.StepVolts)));
        var y = amplifiers.Axis!.Values;
        return new Model(divider, [.. stage.OutputNodes[0].Select(node => CharacterisedTransfer.OneDimensional(y, amplifiers[$"v({node})"].Values))]);
    }

    /// <inheritdoc />
    protected override double[][][] Evaluate(LayerNormStage stage, Model model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken)
    {
        var s = context.OutputVoltsPerUnit;
        var result = new double[lanes.Count][][];
        for (var l = 0; l < lanes.Count; l++)
        {
            var x = lanes[l];
            var mean = x.Average();
            var sigma = Math.Sqrt(x.Average(v => (v - mean) * (v - mean)));
            result[l] = [[.. x.Select((v, k) => model.Affine[k].Evaluate(model.Divider.Evaluate(sigma > 0 ? (v - mean) / sigma : 0)) / s)]];
        }

        return result;
    }

    /// <summary>(v₀ − mean(v)) / std(v), population standard deviation, no ε (the circuit has none).</summary>
    private static double Normalised(IReadOnlyList<double> v)
    {
        var mean = v.Average();
        var sigma = Math.Sqrt(v.Average(x => (x - mean) * (x - mean)));
        return (v[0] - mean) / sigma;
    }

    private static SimulationResult Run(LayerNormStage stage, StageContext context, List<NetlistItem> items, DcAnalysis sweep) =>
        context.Engine.Run(new SimulationRequest(StageBench.Netlist(stage, context.LibraryPath, context.SupplyVolts, items), sweep) { Timeout = TimeSpan.FromMinutes(10) });

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
