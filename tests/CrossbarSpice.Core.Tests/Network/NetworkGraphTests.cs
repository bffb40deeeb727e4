using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Tests.Network;

public sealed class NetworkGraphTests
{
    [Fact]
    public void InferShapes_ValidMlp_GivesEveryValueShape()
    {
        var graph = Graph(
            Layers.Node("flat", new FlattenLayer(), "x"),
            Layers.Node("fc1", Layers.Dense(784, 16), "flat"),
            Layers.Node("act", new ActivationLayer(ActivationKind.Relu), "fc1"));

        var shapes = graph.InferShapes();

        Assert.Empty(graph.Validate());
        Assert.Equal(new TensorShape(1, 28, 28), shapes["x"]);
        Assert.Equal(new TensorShape(16), shapes["act"]);
    }

    [Fact]
    public void Validate_SizeMismatch_NamesLayerExpectsAndGets()
    {
        var graph = Graph(
            Layers.Node("flat", new FlattenLayer(), "x"),
            Layers.Node("fc1", Layers.Dense(783, 16), "flat"));

        var diagnostic = Assert.Single(graph.Validate("net.json"));

        Assert.Equal(NetworkDiagnosticCode.ShapeMismatch, diagnostic.Code);
        Assert.Equal("net.json: field 'fc1': NW009 layer 'fc1' (dense) expects 783 inputs, gets 784", diagnostic.ToString());
    }

    [Fact]
    public void Validate_StructuralProblems_AreAllReported()
    {
        var graph = Graph(
            Layers.Node("a", new FlattenLayer(), "b"),
            Layers.Node("b", new FlattenLayer(), "x"),
            Layers.Node("b", new FlattenLayer(), "nowhere", output: "c")) with { Outputs = ["missing"] };

        var codes = graph.Validate().Select(d => d.Code).ToList();

        Assert.Equal(
            [NetworkDiagnosticCode.UndefinedValue, NetworkDiagnosticCode.DuplicateName, NetworkDiagnosticCode.UndefinedValue, NetworkDiagnosticCode.UndefinedValue],
            codes);
        Assert.Contains("only produces later", graph.Validate()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InferShapes_InvalidGraph_ThrowsWithDiagnostics()
    {
        var graph = Graph(Layers.Node("fc", Layers.Dense(5, 2), "x"));

        var error = Assert.Throws<NetworkValidationException>(() => graph.InferShapes("net.json"));

        Assert.Equal("net.json", error.Location.File);
        Assert.Single(error.Diagnostics);
    }

    [Fact]
    public void Layers_InitCopiesTheList()
    {
        var list = new List<LayerNode> { Layers.Node("flat", new FlattenLayer(), "x") };
        var graph = Graph([.. list]);
        list.Clear();

        Assert.Single(graph.Layers);
        Assert.Equal("flat", graph.FindLayer("flat")!.Name);
        Assert.Null(graph.FindLayer("none"));
    }

    private static NetworkGraph Graph(params LayerNode[] layers) => new()
    {
        Name = "net",
        Inputs = [new NetworkInput("x", new TensorShape(1, 28, 28))],
        Layers = layers,
        Outputs = [layers[^1].Outputs[0]],
    };
}
