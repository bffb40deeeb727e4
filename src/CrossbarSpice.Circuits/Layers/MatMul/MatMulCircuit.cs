using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.MatMul;

/// <summary>
/// The product of two computed values (QKᵀ, softmax(·)·V): no stage in compiled designs yet (the staged levels refuse it
/// with <see cref="Reason"/>); ideal at the <c>wired</c> level; priced as seed 002's multiplying circuit, a Gilbert
/// multiplier per product term and adders for the sums (docs/circuits.md §3, §7.7).
/// </summary>
public sealed class MatMulCircuit : UnstagedCircuitOf<MatMulLayer>
{
    /// <summary>Why a product of two computed values has no stage.</summary>
    public const string Reason =
        "a product of two computed values (matMul) has no stage in compiled designs yet: it needs a Gilbert multiplier per product term and adders for the sums (seed 002's multiplying circuit; docs/circuits.md §3, §7.7), which the compiler does not build";

    /// <inheritdoc />
    protected override string NoStageReason => Reason;

    /// <summary>A matMul has two inputs; the levels call <see cref="Wired(LayerNode, IReadOnlyList{double[]}, WiredEvaluation)"/>.</summary>
    /// <exception cref="ArgumentException">Always: one input is not enough.</exception>
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation) =>
        throw new ArgumentException($"layer '{layer?.Name}' multiplies two values; pass both", nameof(x));

    /// <summary>The ideal product, network units.</summary>
    public override double[] Wired(LayerNode layer, IReadOnlyList<double[]> inputs, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(evaluation);
        var (a, b) = (evaluation.Shapes[layer.Inputs[0]], evaluation.Shapes[layer.Inputs[1]]);
        var (m, k, n) = (a.Dimensions[^2], a.Dimensions[^1], b.Dimensions[^1]);
        var batches = a.ElementCount / (m * k);
        var y = new double[batches * m * n];
        for (var s = 0; s < batches; s++)
        {
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    var sum = 0.0;
                    for (var q = 0; q < k; q++)
                    {
                        sum += inputs[0][(s * m * k) + (i * k) + q] * inputs[1][(s * k * n) + (q * n) + j];
                    }

                    y[(s * m * n) + (i * n) + j] = sum;
                }
            }
        }

        return y;
    }

    /// <summary>One Gilbert multiplier per product term a[…, i, q]·b[…, q, j] and K − 1 two-input adders per output.</summary>
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(planning);
        var k = planning.Shapes[layer.Inputs[0]].Dimensions[^1];
        var outputs = planning.Shapes[layer.Outputs[0]].ElementCount;
        var products = (long)outputs * k;
        planning.Add(new PeripheryUse(layer.Name, "multiplying", "gilbert", products, products, PeripheryPlanning.Text($"{outputs} output(s) x {k} product term(s)")));
        if (k > 1)
        {
            var adders = (long)outputs * (k - 1);
            planning.Add(new PeripheryUse(layer.Name, "sum", "adder", adders, adders, PeripheryPlanning.Text($"{outputs} output(s) x {k - 1} two-input adder(s)")));
        }
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.Other;
}
