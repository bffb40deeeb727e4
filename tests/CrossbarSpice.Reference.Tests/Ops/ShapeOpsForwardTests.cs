using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Reference.Ops;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests.Ops;

/// <summary>Global average pooling, flatten and layer normalisation, against hand-computed values.</summary>
public sealed class ShapeOpsForwardTests
{
    [Fact]
    public void GlobalAveragePool_TwoChannels_IsEachChannelsMean()
    {
        var y = GlobalAveragePoolForward.Apply(new GlobalAveragePoolLayer(), Graphs.Tensor([2, 2, 2], 1, 2, 3, 4, -1, -1, 0, 6), "y");

        Assert.Equal([2.5, 1.0], y.Values.ToArray());
        Assert.Equal([2], y.Shape.Dimensions.ToArray());
    }

    [Fact]
    public void Flatten_KeepsRowMajorOrder()
    {
        var y = FlattenForward.Apply(new FlattenLayer(), Graphs.Tensor([2, 1, 2], 1, 2, 3, 4), "y");

        Assert.Equal([1.0, 2, 3, 4], y.Values.ToArray());
        Assert.Equal([4], y.Shape.Dimensions.ToArray());
    }

    [Fact]
    public void LayerNorm_FourValuesWithAffine_EqualsHandComputed()
    {
        var gamma = new Tensor("g", new TensorShape(4), [1, 1, 2, 2]);
        var beta = new Tensor("b", new TensorShape(4), [0, 0, 0, 1]);
        var layer = new LayerNormLayer(new TensorShape(4), gamma, beta, epsilon: 1e-5);

        var y = LayerNormForward.Apply(layer, Graphs.Tensor([4], 1, 2, 3, 4), "y");

        // mean 2.5, biased variance 1.25
        var s = 1 / Math.Sqrt(1.25 + 1e-5);
        Close.Equal([-1.5 * s, -0.5 * s, 2 * 0.5 * s, (2 * 1.5 * s) + 1], y.Values, rel: 1e-15);
    }

    [Fact]
    public void LayerNorm_Sequence_NormalisesEachTokenSeparately()
    {
        var layer = new LayerNormLayer(new TensorShape(2), null, null, epsilon: 1e-3);

        var y = LayerNormForward.Apply(layer, Graphs.Tensor([2, 2], 0, 2, 5, 5), "y");

        // token 0: mean 1, variance 1 → ±1/√1.001; token 1: constant → 0
        var s = 1 / Math.Sqrt(1.001);
        Close.Equal([-s, s, 0, 0], y.Values, rel: 1e-15);
    }
}
