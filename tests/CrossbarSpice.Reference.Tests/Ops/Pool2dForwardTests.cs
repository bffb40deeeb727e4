using CrossbarSpice.Core.Network;
using CrossbarSpice.Reference.Ops;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests.Ops;

public sealed class Pool2dForwardTests
{
    [Fact]
    public void Average_TwoByTwoOnFourByFour_IsTheMeanOfEachBlock()
    {
        var x = Graphs.Tensor([1, 4, 4], [.. Enumerable.Range(1, 16).Select(v => (double)v)]);

        var y = Pool2dForward.Average(new AveragePool2dLayer(Size2d.Square(2)), x, "y");

        // blocks {1,2,5,6}, {3,4,7,8}, {9,10,13,14}, {11,12,15,16}
        Assert.Equal([3.5, 5.5, 11.5, 13.5], y.Values.ToArray());
        Assert.Equal([1, 2, 2], y.Shape.Dimensions.ToArray());
    }

    [Fact]
    public void Average_Padding_CountsPaddedZerosInTheMean()
    {
        var y = Pool2dForward.Average(new AveragePool2dLayer(Size2d.Square(2), Size2d.Square(1), Size2d.Square(1)), Graphs.Tensor([1, 2, 2], 1, 2, 3, 4), "y");

        Assert.Equal([0.25, 0.75, 0.5, 1.0, 2.5, 1.5, 0.75, 1.75, 1.0], y.Values.ToArray());
    }

    [Fact]
    public void Max_Padding_NeverWinsOverNegativeValues()
    {
        var y = Pool2dForward.Max(new MaxPool2dLayer(Size2d.Square(2), Size2d.Square(1), Size2d.Square(1)), Graphs.Tensor([1, 2, 2], -1, -2, -3, -4), "y");

        Assert.Equal([-1.0, -1.0, -2.0, -1.0, -1.0, -2.0, -3.0, -3.0, -4.0], y.Values.ToArray());
    }

    [Fact]
    public void Max_OddSizeFloorMode_DropsTheLastRowAndColumnPerChannel()
    {
        var x = Graphs.Tensor([2, 3, 3], [.. Enumerable.Range(0, 18).Select(v => (double)(v % 7))]);

        var y = Pool2dForward.Max(new MaxPool2dLayer(Size2d.Square(2)), x, "y");

        // channel 0: [[0,1,2],[3,4,5],[6,0,1]] → 4; channel 1: [[2,3,4],[5,6,0],[1,2,3]] → 6
        Assert.Equal([2, 1, 1], y.Shape.Dimensions.ToArray());
        Assert.Equal([4.0, 6.0], y.Values.ToArray());
    }
}
