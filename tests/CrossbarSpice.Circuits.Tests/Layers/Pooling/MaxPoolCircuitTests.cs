using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Tests.Layers.Pooling;

/// <summary>What <c>maxPool2d</c> plans on a [1, 4, 4] input (index arithmetic by hand): a voltage selector per output
/// element, wiring for a window of one, and no circuit for windows of padding only.</summary>
public sealed class MaxPoolCircuitTests
{
    [Fact]
    public void Plan_TwoByTwo_IsOneFourInputSelectorPerOutputElement()
    {
        var (stage, lanes) = Plan(new MaxPool2dLayer(Size2d.Square(2)));

        var max = Assert.IsType<MaxStage>(stage);
        Assert.Equal(("maxsel4", "pool/deck.cir", "Xmax"), (max.Subcircuit, max.Deck, max.InstanceName));
        Assert.Equal(["Vin0", "Vin1", "Vin2", "Vin3"], max.InputSources);
        Assert.Equal(4, lanes.Count);
        double[] x = [.. Enumerable.Range(0, 16).Select(i => (double)i)];
        Assert.Equal([10, 11, 14, 15], lanes.Input(x, 3));
        Assert.Equal(".subckt maxsel4", Netlist.Writing.SpiceNetlistWriter.WriteItem(max.Definition()).Split('\n')[0][..15]);
    }

    [Fact]
    public void Lanes_Padded_RepeatTheWindowsFirstRealInputInsteadOfAVoltageForPadding()
    {
        // Kernel 2, stride 2, padding 1 → 3×3 outputs; output (0, 0) sees only x[0, 0], output (1, 2) sees x[1, 3] and x[2, 3] (its padded positions repeat x[1, 3]).
        var (stage, lanes) = Plan(new MaxPool2dLayer(Size2d.Square(2), Size2d.Square(2), Size2d.Square(1)));

        Assert.IsType<MaxStage>(stage);
        Assert.Equal(9, lanes.Count);
        string[] nets = [.. Enumerable.Range(0, 16).Select(i => $"n{i}")];
        Assert.Equal(["n0", "n0", "n0", "n0"], lanes.Input(nets, 0, "0"));
        Assert.Equal(["n7", "n7", "n11", "n7"], lanes.Input(nets, 5, "0"));
        Assert.Equal(["n5", "n6", "n9", "n10"], lanes.Input(nets, 4, "0"));
    }

    [Fact]
    public void Plan_WindowOfOne_IsWiringToEveryStridedElement()
    {
        var (stage, _) = Plan(new MaxPool2dLayer(Size2d.Square(1), Size2d.Square(2)));

        var wiring = Assert.IsType<WiringStage>(stage);
        Assert.Equal([0, 2, 8, 10], wiring.Sources);
    }

    [Fact]
    public void Plan_PaddingAsWideAsTheKernel_HasNoCircuitAndSaysWhy()
    {
        var (stage, _) = Plan(new MaxPool2dLayer(Size2d.Square(2), Size2d.Square(1), Size2d.Square(2)));

        var unsupported = Assert.IsType<UnsupportedStage>(stage);
        Assert.Contains("padding only", unsupported.Reason, StringComparison.Ordinal);
    }

    private static (CircuitStage Stage, StageLanes Lanes) Plan(MaxPool2dLayer pool)
    {
        var layer = new LayerNode { Name = "pool", Op = pool, Inputs = ["x"], Outputs = ["y"] };
        var graph = new NetworkGraph { Name = "net", Inputs = [new NetworkInput("x", new TensorShape(1, 4, 4))], Layers = [layer], Outputs = ["y"] };
        var stage = StagePlanner.Plan(graph, new Dictionary<string, double>(), 1, 0.1).Single();
        return (stage, LayerCircuits.For(layer).Lanes(stage, layer, graph.InferShapes()));
    }
}
