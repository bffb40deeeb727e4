using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Pooling;

/// <summary>A 2-D pooling layer: one pooling circuit per output element; the ideal pooling at the <c>wired</c> level.</summary>
/// <typeparam name="TPool">The pooling op.</typeparam>
public abstract class PoolCircuit<TPool> : LayerCircuitOf<TPool>
    where TPool : Pool2dLayer
{
    /// <summary>The characterised module of one pooling circuit (docs/periphery.md).</summary>
    protected abstract string Module { get; }

    /// <summary>True for average pooling, false for max pooling.</summary>
    protected abstract bool Average { get; }

    /// <inheritdoc />
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return PoolWindow.Ideal(Op(layer), x, evaluation.InputShape(layer), evaluation.OutputShape(layer), Average);
    }

    /// <inheritdoc />
    public override void AddPeripheryUses(LayerNode layer, PeripheryPlanning planning)
    {
        ArgumentNullException.ThrowIfNull(planning);
        planning.AddElementwise(layer, "pooling", Module, perChannelWhenStreamed: false);
        planning.ChannelAxis = planning.Shapes[layer.Outputs[0]].Rank == 3 ? 0 : null;
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position) => TableThree.Other;
}
