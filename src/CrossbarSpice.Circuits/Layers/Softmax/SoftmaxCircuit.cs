using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Softmax;

/// <summary>
/// Softmax over the last axis: a <see cref="SoftmaxStage"/> on the translinear softmax circuit (docs/circuits.md §14),
/// one lane per group; ideal at the <c>wired</c> level; priced on the 4-input softmax bench.
/// </summary>
public sealed class SoftmaxCircuit : LayerCircuitOf<SoftmaxLayer>
{
    /// <summary>Inputs of the softmax bench the energy report prices (<c>characterize softmax</c>).</summary>
    public const int BenchInputs = 4;

    /// <summary>The stage, or an <see cref="UnsupportedStage"/> naming the limit: a group larger than
    /// <see cref="SoftmaxStage.MaxGroup"/>, or a design scale below the circuit's n·U_T.</summary>
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        var n = planning.Shapes[layer.Outputs[0]].Dimensions[^1];
        var options = SoftmaxStage.For(n, planning.OutputVoltsPerUnit);
        planning.Add(
            n > SoftmaxStage.MaxGroup || n < 2
                ? new UnsupportedStage([layer.Name], Invariant($"the softmax group has {n} elements (sequence length) and the softmax stage supports 2 to {SoftmaxStage.MaxGroup}: the tail current is shared by the group, so a uniform share s/N meets the circuit's 0.30 % error at N = 16 with 5 % (docs/transformer.md)"))
                : options is null
                    ? new UnsupportedStage([layer.Name], Invariant($"the design's {planning.OutputVoltsPerUnit} V per unit is below the softmax circuit's n·U_T = {SoftmaxStage.SlopeVolts:0.####} V: its attenuator cannot make the temperature one unit"))
                    : new SoftmaxStage([layer.Name], $"{layer.Name}/deck.cir", StagePlanning.Sources(n), [[.. Enumerable.Range(0, n).Select(k => Invariant($"out{k}"))]], options));
        return 1;
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(shapes);
        var shape = shapes[layer.Outputs[0]];
        return stage is SoftmaxStage ? new GroupLanes(shape.ElementCount, shape.Dimensions[^1]) : StageLanes.None;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

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
