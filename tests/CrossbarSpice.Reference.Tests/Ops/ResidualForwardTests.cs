using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Reference.Ops;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests.Ops;

/// <summary>The add and affine kernels against hand computation, and a network whose add reads a skip by name.</summary>
public sealed class ResidualForwardTests
{
    [Fact]
    public void Add_TwoTensors_ElementwiseSum()
    {
        var a = Graphs.Tensor([2, 2], 1, -2, 0.5, 3);
        var b = new Tensor("b", new TensorShape(2, 2), [0.25, 2, -1.5, -3]);

        var y = AddForward.Apply(new AddLayer(), a, b, "y");

        Assert.Equal([1.25, 0, -1, 0], y.Values.ToArray());
        Assert.Equal([2, 2], y.Shape.Dimensions.ToArray());
    }

    [Fact]
    public void Add_ShapesDiffer_RefusedNamingTheValue()
    {
        var error = Assert.Throws<ReferenceException>(() => AddForward.Apply(new AddLayer(), Graphs.Tensor([2], 1, 2), new Tensor("b", new TensorShape(3), [1, 2, 3]), "y"));

        Assert.Contains("adds two values of the same shape, gets [2] and [3]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Affine_ChannelsOfAnImage_ScaleAndShiftPerChannel()
    {
        var layer = new AffineLayer(new Tensor("s", new TensorShape(2), [2, -0.5]), new Tensor("b", new TensorShape(2), [0.1, 1]));

        // [2, 1, 2]: channel 0 = (1, −1), channel 1 = (4, 2)
        var y = AffineForward.Apply(layer, Graphs.Tensor([2, 1, 2], 1, -1, 4, 2), "y");

        Assert.Equal([2.1, -1.9, -1, 0], y.Values.ToArray());
    }

    [Fact]
    public void Network_AddReadsTheInputOverASkip_SumOfInputAndBranch()
    {
        var graph = new NetworkGraph
        {
            Name = "skip",
            Inputs = [new NetworkInput("x", new TensorShape(3))],
            Layers =
            [
                new LayerNode { Name = "relu", Op = new ActivationLayer(ActivationKind.Relu), Inputs = ["x"], Outputs = ["relu"] },
                new LayerNode { Name = "abs", Op = new ActivationLayer(ActivationKind.Abs), Inputs = ["relu"], Outputs = ["abs"] },
                new LayerNode { Name = "sum", Op = new AddLayer(), Inputs = ["x", "abs"], Outputs = ["sum"] },
            ],
            Outputs = ["sum"],
        };

        var result = new ReferenceNetwork(graph).Forward([-1.5, 0.5, 2]);

        // x + relu(x): −1.5 + 0, 0.5 + 0.5, 2 + 2
        Assert.Equal([-1.5, 1, 4], result.Output.Values.ToArray());
    }
}
