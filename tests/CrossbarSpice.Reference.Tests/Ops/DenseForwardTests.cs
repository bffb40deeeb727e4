using CrossbarSpice.Core.Network;
using CrossbarSpice.Reference.Ops;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests.Ops;

public sealed class DenseForwardTests
{
    private static readonly DenseLayer Layer = new(Graphs.Matrix(2, 3, 1, 2, 3, -1, 0, 0.5), Graphs.Bias(0.5, -1));

    [Fact]
    public void Apply_Vector_EqualsHandComputedWxPlusB()
    {
        var y = DenseForward.Apply(Layer, Graphs.Tensor([3], 1, -1, 2), "y");

        // 1·1 + 2·(−1) + 3·2 + 0.5 = 5.5; −1·1 + 0 + 0.5·2 − 1 = −1
        Assert.Equal([5.5, -1.0], y.Values.ToArray());
        Assert.Equal([2], y.Shape.Dimensions.ToArray());
        Assert.Equal("y", y.Name);
    }

    [Fact]
    public void Apply_Sequence_AppliesTheLayerToEveryToken()
    {
        var y = DenseForward.Apply(Layer, Graphs.Tensor([2, 3], 1, -1, 2, 0, 0, 1), "y");

        Assert.Equal([5.5, -1.0, 3.5, -0.5], y.Values.ToArray());
        Assert.Equal([2, 2], y.Shape.Dimensions.ToArray());
    }

    [Fact]
    public void Apply_NoBias_IsWxOnly()
    {
        var y = DenseForward.Apply(new DenseLayer(Graphs.Matrix(1, 2, 2, 3), null), Graphs.Tensor([2], 1, 1), "y");

        Assert.Equal([5.0], y.Values.ToArray());
    }

    [Fact]
    public void Apply_LongRows_SimdDotEqualsPlainSumTo1e15()
    {
        const int Inputs = 37;
        var w = Graphs.Random(3 * Inputs, seed: 1);
        var x = Graphs.Random(Inputs, seed: 2);
        var y = DenseForward.Apply(new DenseLayer(Graphs.Matrix(3, Inputs, w), null), Graphs.Tensor([Inputs], x), "y");

        var expected = Enumerable.Range(0, 3).Select(o => Enumerable.Range(0, Inputs).Sum(i => w[(o * Inputs) + i] * x[i])).ToArray();
        Close.Equal(expected, y.Values, rel: 1e-15, abs: 1e-15);
    }

    [Fact]
    public void Apply_WrongInputLength_ThrowsReferenceExceptionNamingTheValue()
    {
        var error = Assert.Throws<ReferenceException>(() => DenseForward.Apply(Layer, Graphs.Tensor([4], 1, 2, 3, 4), "y"));

        Assert.Equal("x", error.Subject);
        Assert.Contains("expects 3 inputs, gets 4", error.Message, StringComparison.Ordinal);
    }
}
