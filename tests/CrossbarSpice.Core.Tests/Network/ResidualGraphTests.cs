using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Tests.Network;

/// <summary>The two-input add and the per-channel affine op in a graph: shapes and the validator's messages.</summary>
public sealed class ResidualGraphTests
{
    private static readonly Tensor Scale = new("s", new TensorShape(2), [1.5, -0.5]);

    private static readonly Tensor Shift = new("b", new TensorShape(2), [0.1, 0.2]);

    [Fact]
    public void InferShapes_SkipOverAnAffineLayer_AddHasItsInputsShape()
    {
        var graph = Graph(
            new LayerNode { Name = "bn", Op = new AffineLayer(Scale, Shift), Inputs = ["x"], Outputs = ["bn"] },
            new LayerNode { Name = "act", Op = new ActivationLayer(ActivationKind.Relu), Inputs = ["bn"], Outputs = ["act"] },
            new LayerNode { Name = "sum", Op = new AddLayer(), Inputs = ["x", "act"], Outputs = ["sum"] });

        Assert.Empty(graph.Validate());
        Assert.Equal(new TensorShape(2, 3, 3), graph.InferShapes()["sum"]);
    }

    [Fact]
    public void Validate_AddOfDifferentShapes_NamesBothShapes()
    {
        var graph = Graph(
            new LayerNode { Name = "flat", Op = new FlattenLayer(), Inputs = ["x"], Outputs = ["flat"] },
            new LayerNode { Name = "sum", Op = new AddLayer(), Inputs = ["x", "flat"], Outputs = ["sum"] });

        var diagnostic = Assert.Single(graph.Validate("net.json"));

        Assert.Equal(NetworkDiagnosticCode.ShapeMismatch, diagnostic.Code);
        Assert.Equal("net.json: field 'sum': NW009 layer 'sum' (add) adds two values of the same shape, gets [2, 3, 3] and [18]", diagnostic.ToString());
    }

    [Fact]
    public void Validate_AddWithOneInput_IsAStructureError()
    {
        var graph = Graph(new LayerNode { Name = "sum", Op = new AddLayer(), Inputs = ["x"], Outputs = ["sum"] });

        var diagnostic = Assert.Single(graph.Validate());

        Assert.Equal(NetworkDiagnosticCode.Structure, diagnostic.Code);
        Assert.Contains("takes 2 input(s) and produces 1 output, has 1 and 1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AffineOfOtherChannelCount_SaysWhatItScales()
    {
        var three = new Tensor("s", new TensorShape(3), [1, 2, 3]);
        var graph = Graph(new LayerNode { Name = "bn", Op = new AffineLayer(three, three), Inputs = ["x"], Outputs = ["bn"] });

        var diagnostic = Assert.Single(graph.Validate());

        Assert.Contains("scales 3 channels on axis 0, gets [2, 3, 3]", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AffineLayer_ShiftOfOtherShapeOrNonFinite_Refused()
    {
        Assert.Throws<ArgumentException>(() => new AffineLayer(Scale, new Tensor("b", new TensorShape(3), [0, 0, 0])));
        Assert.Throws<ArgumentException>(() => new AffineLayer(Scale, new Tensor("b", new TensorShape(2), [0, double.NaN])));
    }

    private static NetworkGraph Graph(params LayerNode[] layers) => new()
    {
        Name = "net",
        Inputs = [new NetworkInput("x", new TensorShape(2, 3, 3))],
        Layers = layers,
        Outputs = [layers[^1].Outputs[0]],
    };
}
