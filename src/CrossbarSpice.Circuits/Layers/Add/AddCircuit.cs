using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Add;

/// <summary>
/// The element-wise sum of two values (a residual skip): one analogue adder (<c>adder</c>, docs/circuits.md §7.7,
/// V_out = V_a + V_b) per output element, its two inputs wired from the two values' nets; the ideal sum at the
/// <c>wired</c> level.
/// </summary>
public sealed class AddCircuit : LayerCircuitOf<AddLayer>
{
    /// <inheritdoc />
    public override int Plan(StagePlanning planning, int index)
    {
        ArgumentNullException.ThrowIfNull(planning);
        var layer = planning.Layers[index];
        planning.Add(new AdderStage([layer.Name], $"{layer.Name}/deck.cir", StagePlanning.Sources(2), [["out0"]]));
        return 1;
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(shapes);
        return stage is AdderStage ? new PairLanes(shapes[layer.Outputs[0]].ElementCount) : StageLanes.None;
    }

    /// <summary>An add has two inputs; the levels call <see cref="Wired(LayerNode, IReadOnlyList{double[]}, WiredEvaluation)"/>.</summary>
    /// <exception cref="ArgumentException">Always: one input is not enough.</exception>
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation) =>
        throw new ArgumentException($"layer '{layer?.Name}' adds two values; pass both", nameof(x));

    /// <summary>The ideal sum, network units.</summary>
    public override double[] Wired(LayerNode layer, IReadOnlyList<double[]> inputs, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (a, b) = (inputs[0], inputs[1]);
        var y = new double[a.Length];
        for (var k = 0; k < y.Length; k++)
        {
            y[k] = a[k] + b[k];
        }

        return y;
    }

    /// <inheritdoc />
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.AddElementwise(layer, "residual add", "adder", perChannelWhenStreamed: false);
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.Other;
}
