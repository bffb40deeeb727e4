using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests;

public sealed class ReferenceNetworkTests
{
    [Theory]
    [InlineData("cnn")]
    [InlineData("rnn")]
    [InlineData("seq")]
    public void Forward_TorchFixture_EveryValueEqualsPyTorchFloat64To1e12(string name)
    {
        var fixture = TorchFixture.Load(name);

        var result = new ReferenceNetwork(fixture.Graph).Forward(fixture.Input);

        Assert.Equal(fixture.Expected.Keys.Order(StringComparer.Ordinal), result.ValueNames.Order(StringComparer.Ordinal));
        foreach (var (value, (shape, expected)) in fixture.Expected)
        {
            Assert.Equal(shape, result[value].Shape.Dimensions.ToArray());
            Close.Equal(expected, result[value].Values, rel: 1e-12, abs: 1e-14, what: value);
        }
    }

    [Fact]
    public void Forward_TorchCnnFixture_ValuesAreInComputationOrderAndOutputsFollowTheGraph()
    {
        var fixture = TorchFixture.Load("cnn");

        var result = new ReferenceNetwork(fixture.Graph).Forward(fixture.Input);

        Assert.Equal(["image", "conv1.linear", "conv1", "pool1"], result.ValueNames.Take(4));
        Assert.Equal(["fc2", "fcf"], result.Outputs.Select(t => t.Name));
        Assert.Same(result["fc2"], result.Output);
        Assert.Same(result["conv1.linear"], result.LayerOutput("conv1"));
        Assert.Same(result["conv1"], result.LayerOutput("conv1.tanh"));
    }

    [Fact]
    public void Forward_WrongInputLength_ThrowsNamingTheInputAndItsShape()
    {
        var network = new ReferenceNetwork(TorchFixture.Load("cnn").Graph);

        var error = Assert.Throws<ReferenceException>(() => network.Forward(new double[143]));

        Assert.Equal("image", error.Subject);
        Assert.Contains("expects 144 values (shape [2, 9, 8]), got 143", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forward_ByName_MissingOrUnknownInputThrows()
    {
        var network = new ReferenceNetwork(TorchFixture.Load("rnn").Graph);

        Assert.Contains("no values given", Assert.Throws<ReferenceException>(() => network.Forward(new Dictionary<string, double[]>())).Message, StringComparison.Ordinal);
        Assert.Contains("not an input", Assert.Throws<ReferenceException>(() => network.Forward(new Dictionary<string, double[]> { ["x"] = [] })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forward_ByName_EqualsForwardBySpan()
    {
        var fixture = TorchFixture.Load("rnn");
        var network = new ReferenceNetwork(fixture.Graph);

        var byName = network.Forward(new Dictionary<string, double[]> { ["sequence"] = fixture.Input });

        Assert.Equal(network.Forward(fixture.Input).Output.Values.ToArray(), byName.Output.Values.ToArray());
    }

    [Fact]
    public void LayerOutput_UnknownLayer_ThrowsListingTheLayers()
    {
        var result = new ReferenceNetwork(Graphs.Single(new FlattenLayer(), 2, 2)).Forward([1, 2, 3, 4]);

        var error = Assert.Throws<KeyNotFoundException>(() => result.LayerOutput("fc9"));

        Assert.Contains("layers: op", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictedClass_Ties_ReturnsTheFirstMaximumAsNumpyArgmax()
    {
        Assert.Equal(1, ForwardResult.ArgMax([0.5, 1.0, 1.0, -2.0]));
        Assert.Equal(-1, ForwardResult.ArgMax([]));
        var result = new ReferenceNetwork(Graphs.Single(new ActivationLayer(ActivationKind.BoundedLinearTanh), 4)).Forward([1, 3, 5, -1]);
        Assert.Equal(1, result.PredictedClass());
    }

    [Fact]
    public void Constructor_InvalidGraph_ThrowsNetworkValidationException()
    {
        var graph = Graphs.Single(new DenseLayer(Graphs.Matrix(1, 3, 1, 1, 1), null), 4);

        Assert.Throws<NetworkValidationException>(() => new ReferenceNetwork(graph));
    }

    [Fact]
    public void Shapes_HoldEveryValue()
    {
        var network = new ReferenceNetwork(Graphs.Single(new FlattenLayer(), 2, 3));

        Assert.Equal(new TensorShape(6), network.Shapes["y"]);
        Assert.Equal(new TensorShape(2, 3), network.Shapes["x"]);
    }
}
