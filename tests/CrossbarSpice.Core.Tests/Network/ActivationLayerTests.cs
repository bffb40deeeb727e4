using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Tests.Network;

public sealed class ActivationLayerTests
{
    [Theory]
    [InlineData(3.0, 1.0)] // x > 2 → 1 (seed 003 eq. 4)
    [InlineData(2.0, 1.0)]
    [InlineData(1.0, 0.5)] // |x| ≤ 2 → x/2
    [InlineData(-0.5, -0.25)]
    [InlineData(-5.0, -1.0)] // x < −2 → −1
    public void BoundedLinearTanh_Seed003Values_FollowEquation4(double x, double expected)
    {
        Assert.Equal(expected, BoundedLinearTanhParameters.Seed003.Evaluate(x));
        Assert.Equal(2.0, BoundedLinearTanhParameters.Seed003.Breakpoint);
    }

    [Fact]
    public void ActivationLayer_BoundedLinearWithoutParameters_UsesSeed003()
    {
        var layer = new ActivationLayer(ActivationKind.BoundedLinearTanh);

        Assert.Equal(0.5, layer.BoundedLinear!.Slope);
        Assert.Equal(new TensorShape(3, 4), layer.InferOutputShape(new TensorShape(3, 4)).Output);
    }

    [Fact]
    public void ActivationLayer_ParametersForRelu_Throw()
    {
        Assert.Throws<ArgumentException>(() => new ActivationLayer(ActivationKind.Relu, new BoundedLinearTanhParameters()));
        Assert.Null(new ActivationLayer(ActivationKind.Tanh).BoundedLinear);
    }

    [Fact]
    public void BoundedLinearTanhParameters_NonPositive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedLinearTanhParameters(slope: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedLinearTanhParameters(limit: double.NaN));
    }
}
