using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Normalisation;

/// <summary>
/// Layer normalisation: a <see cref="LayerNormStage"/> on seed 002's layer-normalisation circuit (docs/circuits.md §15)
/// with γ and β per feature, one lane per normalised group; ideal at the <c>wired</c> level; priced on the layer-norm
/// bench.
/// </summary>
public sealed class LayerNormCircuit : LayerCircuitOf<LayerNormLayer>
{
    /// <summary>The stage, or an <see cref="UnsupportedStage"/> naming the limit (a group of more than
    /// <see cref="LayerNormStage.MaxFeatures"/> features, or fewer than 2).</summary>
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        var norm = Op(layer);
        var n = norm.NormalizedShape.ElementCount;
        if (n is < 2 or > LayerNormStage.MaxFeatures)
        {
            planning.Add(new UnsupportedStage([layer.Name], FormattableString.Invariant(
                $"the layer norm has {n} features per group and the layer-norm stage supports 2 to {LayerNormStage.MaxFeatures}: its root op-amp drives σ into every feature's divider (docs/transformer.md)")));
            return 1;
        }

        var s = planning.OutputVoltsPerUnit;
        var options = LayerNormStage.For(n, s);
        var a = LayerNormStage.DividerVoltsPerUnit(options);
        planning.Add(new LayerNormStage(
            [layer.Name],
            $"{layer.Name}/deck.cir",
            StagePlanning.Sources(n),
            [[.. Enumerable.Range(0, n).Select(k => FormattableString.Invariant($"out{k}"))]],
            options,
            [.. Enumerable.Range(0, n).Select(k => (norm.Gamma is null ? 1.0 : norm.Gamma.Values[k]) * s / a)],
            [.. Enumerable.Range(0, n).Select(k => (norm.Beta is null ? 0.0 : norm.Beta.Values[k]) * s)],
            s));
        return 1;
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(shapes);
        return stage is LayerNormStage ? new GroupLanes(shapes[layer.Inputs[0]].ElementCount, Op(layer).NormalizedShape.ElementCount) : StageLanes.None;
    }

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
