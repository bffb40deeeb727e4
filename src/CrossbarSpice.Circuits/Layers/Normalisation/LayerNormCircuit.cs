using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Normalisation;

/// <summary>
/// Layer normalisation: no stage circuit yet (the staged levels refuse it with <see cref="Reason"/>); ideal at the
/// <c>wired</c> level; priced on seed 002's layer-norm bench (docs/circuits.md §15).
/// </summary>
public sealed class LayerNormCircuit : UnstagedCircuitOf<LayerNormLayer>
{
    /// <summary>Why a layer norm has no stage: seed 002's circuit exists as a bench (docs/circuits.md §15,
    /// <c>characterize layer-norm</c>) but compiled designs do not instantiate it yet.</summary>
    public const string Reason =
        "layer normalisation has no stage in compiled designs yet: seed 002 (§IV.A.1) gives its circuit (averaging, standard deviation, normalisation; docs/circuits.md §15, 'characterize layer-norm'), but the compiler does not instantiate it; use the normalisation module (activation boundedLinearTanh, slope 1) instead";

    /// <inheritdoc />
    protected override string NoStageReason => Reason;

    /// <summary>Normalisation over trailing groups of <see cref="LayerNormLayer.NormalizedShape"/> elements, network units.</summary>
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(x);
        var norm = Op(layer);
        var group = norm.NormalizedShape.ElementCount;
        var y = new double[x.Length];
        for (var start = 0; start < x.Length; start += group)
        {
            var mean = 0.0;
            for (var i = 0; i < group; i++)
            {
                mean += x[start + i];
            }

            mean /= group;
            var variance = 0.0;
            for (var i = 0; i < group; i++)
            {
                variance += (x[start + i] - mean) * (x[start + i] - mean);
            }

            var scale = 1.0 / Math.Sqrt((variance / group) + norm.Epsilon);
            for (var i = 0; i < group; i++)
            {
                var gamma = norm.Gamma is null ? 1.0 : norm.Gamma.Values[i];
                var beta = norm.Beta is null ? 0.0 : norm.Beta.Values[i];
                y[start + i] = ((x[start + i] - mean) * scale * gamma) + beta;
            }
        }

        return y;
    }

    /// <summary>Features of the layer-norm bench the energy report prices (<c>characterize layer-norm</c>).</summary>
    public const int BenchInputs = 4;

    /// <summary>One layer-norm circuit per normalised group, priced as ⌈N/4⌉ 4-feature benches: nearly all of its
    /// energy is per feature (a difference amplifier, two Gilbert multipliers and an affine stage each).</summary>
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(planning);
        var n = Op(layer).NormalizedShape.ElementCount;
        var groups = planning.Shapes[layer.Outputs[0]].ElementCount / n;
        var benches = (n + BenchInputs - 1) / BenchInputs;
        var count = groups * (long)benches;
        planning.Add(new PeripheryUse(layer.Name, "layer norm", "layer-norm", count, count,
            PeripheryPlanning.Text($"{groups} group(s) of {n}, each as {benches} {BenchInputs}-feature bench(es)")));
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.Normalisation;
}
