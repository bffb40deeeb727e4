using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests;

public sealed class CrossbarWeightsTests
{
    [Theory]
    [InlineData("cnn")]
    [InlineData("rnn")]
    public void Extract_EqualsTheMatricesCompileWeightsPrograms(string name)
    {
        var graph = TorchFixture.Load(name).Graph;

        var extracted = CrossbarWeights.Extract(graph);

        var compiled = graph.Layers.SelectMany(CrossbarMatrix.Of).ToList();
        Assert.Equal(compiled.Select(m => m.Name), extracted.Keys);
        foreach (var matrix in compiled)
        {
            Assert.Equal(matrix.Weights.Values.ToArray(), extracted[matrix.Name].W);
            Assert.Equal(matrix.Bias?.Values.ToArray() ?? [], extracted[matrix.Name].b);
        }
    }

    [Theory]
    [InlineData("cnn")]
    [InlineData("rnn")]
    [InlineData("seq")]
    public void WithWeights_ExtractedWeights_GivesTheSameValuesAsTheOriginal(string name)
    {
        var fixture = TorchFixture.Load(name);
        var ideal = new ReferenceNetwork(fixture.Graph).Forward(fixture.Input);

        var mapped = ReferenceNetwork.WithWeights(fixture.Graph, CrossbarWeights.Extract(fixture.Graph)).Forward(fixture.Input);

        foreach (var value in ideal.ValueNames)
        {
            // An LSTM's b_ih + b_hh is added once instead of twice: equal to rounding.
            Close.Equal(ideal[value].Values, mapped[value].Values, rel: 1e-14, abs: 1e-15, what: value);
        }
    }

    [Fact]
    public void WithWeights_LstmMatrix_IsSplitIntoWihAndWhhWithTheSummedBiasOnTheInputSide()
    {
        var graph = TorchFixture.Load("rnn").Graph;
        var original = ((LstmLayer)graph.FindLayer("lstm1")!.Op).Cell;

        var network = ReferenceNetwork.WithWeights(graph, new Dictionary<string, (double[] W, double[] b)> { ["lstm1"] = CrossbarWeights.Extract(graph)["lstm1"] });

        var cell = ((LstmLayer)network.Graph.FindLayer("lstm1")!.Op).Cell;
        Assert.Equal(original.InputWeights.Values.ToArray(), cell.InputWeights.Values.ToArray());
        Assert.Equal(original.RecurrentWeights.Values.ToArray(), cell.RecurrentWeights.Values.ToArray());
        Assert.Equal(original.InputBias!.Values.ToArray().Zip(original.RecurrentBias!.Values.ToArray(), (a, b) => a + b), cell.InputBias!.Values.ToArray());
        Assert.Null(cell.RecurrentBias);
    }

    [Fact]
    public void Extract_Bilstm2d_NamesFourCrossbarsByAxisAndDirection()
    {
        var graph = TorchFixture.Load("seq").Graph;

        var extracted = CrossbarWeights.Extract(graph);

        Assert.Equal(["patch", "mix/vertical/forward", "mix/vertical/backward", "mix/horizontal/forward", "mix/horizontal/backward", "fc1", "fc2", "head"], extracted.Keys);
        Assert.Equal(12 * (8 + 3), extracted["mix/horizontal/backward"].W.Length);
        var horizontalBackward = ((BiLstm2dLayer)graph.FindLayer("mix")!.Op).Horizontal.Backward;
        Assert.Equal(horizontalBackward.InputWeights.Row(0).ToArray(), extracted["mix/horizontal/backward"].W.AsSpan(0, 8).ToArray());
    }

    [Fact]
    public void WithWeights_OneBilstm2dDirectionZeroed_ChangesOnlyItsChannels()
    {
        var fixture = TorchFixture.Load("seq");
        var (w, b) = CrossbarWeights.Extract(fixture.Graph)["mix/vertical/backward"];
        var zero = new Dictionary<string, (double[] W, double[] b)> { ["mix/vertical/backward"] = (new double[w.Length], new double[b.Length]) };

        var ideal = new ReferenceNetwork(fixture.Graph).Forward(fixture.Input)["mix"].Values.ToArray();
        var mapped = ReferenceNetwork.WithWeights(fixture.Graph, zero).Forward(fixture.Input)["mix"].Values.ToArray();

        // Zero weights and bias: every gate is σ(0) = ½, the candidate tanh(0) = 0, so c and h stay 0 in channels 3–5.
        for (var k = 0; k < ideal.Length; k++)
        {
            var channel = k % 12;
            Assert.Equal(channel is >= 3 and < 6 ? 0.0 : ideal[k], mapped[k]);
        }
    }

    [Fact]
    public void WithWeights_DoubledDenseWeights_DoublesThatLayersPreActivationOnly()
    {
        var fixture = TorchFixture.Load("cnn");
        var (w, b) = CrossbarWeights.Extract(fixture.Graph)["fc1"];
        var ideal = new ReferenceNetwork(fixture.Graph).Forward(fixture.Input);

        var doubled = ReferenceNetwork.WithWeights(fixture.Graph, new Dictionary<string, (double[] W, double[] b)> { ["fc1"] = ([.. w.Select(v => 2 * v)], [.. b.Select(v => 2 * v)]) })
            .Forward(fixture.Input);

        Close.Equal(ideal["gap"].Values, doubled["gap"].Values, rel: 0);
        Close.Equal([.. ideal["fc1.linear"].Values.ToArray().Select(v => 2 * v)], doubled["fc1.linear"].Values, rel: 1e-15);
    }

    [Fact]
    public void WithWeights_ConvIm2colMatrix_ChangesTheKernelInChannelRowColumnOrder()
    {
        var fixture = TorchFixture.Load("cnn");
        var (w, b) = CrossbarWeights.Extract(fixture.Graph)["conv2"];
        var changed = (double[])w.Clone();
        changed[(1 * 3 * 2) + (2 * 2) + 1] += 0.25; // output channel 1, input channel 2, kernel row 1, column 0 (kW = 1)

        var network = ReferenceNetwork.WithWeights(fixture.Graph, new Dictionary<string, (double[] W, double[] b)> { ["conv2"] = (changed, b) });

        var kernel = ((Conv2dLayer)network.Graph.FindLayer("conv2")!.Op).Kernel;
        var original = ((Conv2dLayer)fixture.Graph.FindLayer("conv2")!.Op).Kernel;
        Assert.Equal(original.At(1, 2, 1, 0) + 0.25, kernel.At(1, 2, 1, 0));
    }

    [Fact]
    public void WithWeights_UnknownCrossbar_ThrowsListingTheCrossbars()
    {
        var graph = TorchFixture.Load("rnn").Graph;

        var error = Assert.Throws<ReferenceException>(() => ReferenceNetwork.WithWeights(graph, new Dictionary<string, (double[] W, double[] b)> { ["bi"] = ([], []) }));

        Assert.Equal("bi", error.Subject);
        Assert.Contains("crossbars: fc0, lstm1, bi/forward, bi/backward, fc, bi2/forward, bi2/backward", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithWeights_WrongSizes_ThrowSayingWhatTheCrossbarNeeds()
    {
        var graph = TorchFixture.Load("cnn").Graph;
        var weights = CrossbarWeights.Extract(graph);

        var shortW = Assert.Throws<ReferenceException>(() => ReferenceNetwork.WithWeights(graph, new Dictionary<string, (double[] W, double[] b)> { ["fc1"] = (new double[19], weights["fc1"].b) }));
        var extraBias = Assert.Throws<ReferenceException>(() => ReferenceNetwork.WithWeights(graph, new Dictionary<string, (double[] W, double[] b)> { ["fc2"] = (weights["fc2"].W, new double[3]) }));
        var nan = Assert.Throws<ReferenceException>(() => ReferenceNetwork.WithWeights(graph, new Dictionary<string, (double[] W, double[] b)> { ["fc2"] = ([double.NaN, .. weights["fc2"].W[1..]], []) }));

        Assert.Contains("W holds 19 values, the crossbar needs 20", shortW.Message, StringComparison.Ordinal);
        Assert.Contains("b holds 3 values, the crossbar needs 0 (the layer has no bias)", extraBias.Message, StringComparison.Ordinal);
        Assert.Contains("W[0] is NaN", nan.Message, StringComparison.Ordinal);
    }
}
