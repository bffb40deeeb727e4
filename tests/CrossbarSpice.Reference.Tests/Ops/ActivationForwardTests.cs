using CrossbarSpice.Core.Network;
using CrossbarSpice.Reference.Ops;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests.Ops;

public sealed class ActivationForwardTests
{
    [Theory]
    [InlineData(ActivationKind.Relu, -2.0, 0.0)]
    [InlineData(ActivationKind.Relu, 1.5, 1.5)]
    [InlineData(ActivationKind.Abs, -2.5, 2.5)]
    [InlineData(ActivationKind.Abs, 0.25, 0.25)]
    [InlineData(ActivationKind.Sigmoid, 0.0, 0.5)]
    [InlineData(ActivationKind.Sigmoid, -800.0, 0.0)]
    [InlineData(ActivationKind.Sigmoid, 800.0, 1.0)]
    [InlineData(ActivationKind.Tanh, 0.0, 0.0)]
    [InlineData(ActivationKind.BoundedLinearTanh, 1.0, 0.5)]
    [InlineData(ActivationKind.BoundedLinearTanh, -1.9, -0.95)]
    [InlineData(ActivationKind.BoundedLinearTanh, 2.0, 1.0)]
    [InlineData(ActivationKind.BoundedLinearTanh, 3.0, 1.0)]
    [InlineData(ActivationKind.BoundedLinearTanh, -7.0, -1.0)]
    public void Evaluate_KnownPoints_EqualsTheDefinition(ActivationKind kind, double x, double expected)
    {
        Assert.Equal(expected, ActivationForward.Evaluate(new ActivationLayer(kind), x));
    }

    [Fact]
    public void Evaluate_SigmoidAndTanh_EqualClosedForms()
    {
        foreach (var x in new[] { -3.0, -0.4, 0.7, 5.0 })
        {
            Close.Equal([1 / (1 + Math.Exp(-x))], [ActivationForward.Evaluate(new ActivationLayer(ActivationKind.Sigmoid), x)], rel: 1e-15);
            Close.Equal([(Math.Exp(x) - Math.Exp(-x)) / (Math.Exp(x) + Math.Exp(-x))], [ActivationForward.Evaluate(new ActivationLayer(ActivationKind.Tanh), x)], rel: 1e-14);
        }
    }

    [Fact]
    public void Apply_BoundedLinearWithOwnSlopeAndLimit_ClampsAtTheLimit()
    {
        var layer = new ActivationLayer(ActivationKind.BoundedLinearTanh, new BoundedLinearTanhParameters(0.7, 0.8));

        var y = ActivationForward.Apply(layer, Graphs.Tensor([2, 2], -2, -1, 1, 2), "y");

        // 0.7·x clamped to ±0.8: rails from |x| = 8/7
        Assert.Equal([-0.8, -0.7, 0.7, 0.8], y.Values.ToArray());
        Assert.Equal([2, 2], y.Shape.Dimensions.ToArray());
    }
}
