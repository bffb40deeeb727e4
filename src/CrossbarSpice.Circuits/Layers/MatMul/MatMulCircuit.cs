using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.MatMul;

/// <summary>
/// The product of two computed values (QKᵀ, softmax(·)·V): a <see cref="MatMulStage"/>, seed 002's multiplying circuit
/// (a Gilbert multiplier per product term, their outputs summed by an analogue adder; docs/circuits.md §3, §7.7), one
/// lane per output element; ideal at the <c>wired</c> level.
/// </summary>
public sealed class MatMulCircuit : LayerCircuitOf<MatMulLayer>
{
    /// <summary>The stage, or an <see cref="UnsupportedStage"/> naming the limit when the product has more terms than
    /// the summer supports (<see cref="MatMulStage.MaxTerms"/>).</summary>
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        var k = planning.Shapes[layer.Inputs[0]].Dimensions[^1];
        planning.Add(k > MatMulStage.MaxTerms
            ? new UnsupportedStage([layer.Name], string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the product has {k} terms per output (head dimension or sequence length) and the matMul stage supports at most {MatMulStage.MaxTerms}: its summer's noise gain 1 + K·R_F/R amplifies the op-amp's offset (docs/transformer.md)"))
            : new MatMulStage([layer.Name], $"{layer.Name}/deck.cir", StagePlanning.Sources(2 * k), [["out0"]], planning.OutputVoltsPerUnit));
        return 1;
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(shapes);
        if (stage is not MatMulStage)
        {
            return StageLanes.None;
        }

        var (a, b) = (shapes[layer.Inputs[0]], shapes[layer.Inputs[1]]);
        var (m, k, n) = (a.Dimensions[^2], a.Dimensions[^1], b.Dimensions[^1]);
        return new ProductLanes(a.ElementCount / (m * k), m, k, n);
    }

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

    /// <summary>The compiled stage's modules: one Gilbert multiplier per product term a[…, i, q]·b[…, q, j] and one
    /// summer per output (an inverting summer and a unity inverter: the analogue adder's two op-amps, priced as one
    /// <c>adder</c>; its K input resistors cost no static power).</summary>
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(planning);
        var k = planning.Shapes[layer.Inputs[0]].Dimensions[^1];
        var outputs = planning.Shapes[layer.Outputs[0]].ElementCount;
        var products = (long)outputs * k;
        planning.Add(new PeripheryUse(layer.Name, "multiplying", "gilbert", products, products, PeripheryPlanning.Text($"{outputs} output(s) x {k} product term(s)")));
        planning.Add(new PeripheryUse(layer.Name, "sum", "adder", outputs, outputs, PeripheryPlanning.Text($"{outputs} output(s) x one {k}-input summer")));
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.Other;
}
