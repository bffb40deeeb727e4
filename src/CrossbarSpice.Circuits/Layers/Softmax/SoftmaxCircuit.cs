using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Softmax;

/// <summary>
/// Softmax over the last axis: no stage in compiled designs yet (the staged levels refuse it with <see cref="Reason"/>);
/// ideal at the <c>wired</c> level; priced on the 4-input softmax bench (docs/circuits.md §14).
/// </summary>
public sealed class SoftmaxCircuit : UnstagedCircuitOf<SoftmaxLayer>
{
    /// <summary>Inputs of the softmax bench the energy report prices (<c>characterize softmax</c>).</summary>
    public const int BenchInputs = 4;

    /// <summary>Why a softmax has no stage.</summary>
    public const string Reason =
        "softmax has no stage in compiled designs yet: seed 002 (§IV.A.1) gives its circuit (exponentials, summation, division; docs/circuits.md §14, 'characterize softmax'), but the compiler does not instantiate it";

    /// <inheritdoc />
    protected override string NoStageReason => Reason;

    /// <summary>The ideal softmax over every group of the last axis, network units.</summary>
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(evaluation);
        var group = evaluation.OutputShape(layer).Dimensions[^1];
        var y = new double[x.Length];
        for (var start = 0; start < x.Length; start += group)
        {
            var max = x.AsSpan(start, group).ToArray().Max();
            var sum = 0.0;
            for (var i = 0; i < group; i++)
            {
                y[start + i] = Math.Exp(x[start + i] - max);
                sum += y[start + i];
            }

            for (var i = 0; i < group; i++)
            {
                y[start + i] /= sum;
            }
        }

        return y;
    }

    /// <summary>One softmax circuit per group of the last axis, priced as ⌈N/4⌉ 4-input benches: its transimpedance
    /// op-amps, one per input, are nearly all of its energy, so an N-input circuit costs about N/4 of the bench.</summary>
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(planning);
        var shape = planning.Shapes[layer.Outputs[0]];
        var n = shape.Dimensions[^1];
        var groups = shape.ElementCount / n;
        var count = groups * (long)((n + BenchInputs - 1) / BenchInputs);
        planning.Add(new PeripheryUse(layer.Name, "softmax", "softmax", count, count,
            PeripheryPlanning.Text($"{groups} group(s) of {n}, each as {(n + BenchInputs - 1) / BenchInputs} {BenchInputs}-input bench(es)")));
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.Other;
}
