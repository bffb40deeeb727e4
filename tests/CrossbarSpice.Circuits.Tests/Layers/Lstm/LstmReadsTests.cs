using CrossbarSpice.Circuits.Layers.Lstm;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Tests.Layers.Lstm;

/// <summary>The crossbar reads [x_t; h_{t−1}] rebuilt from an LSTM layer's input and output (index arithmetic, by hand).</summary>
public sealed class LstmReadsTests
{
    private static LstmCell Cell(int inputs, int hidden) => new(
        new WeightMatrix("ih", 4 * hidden, inputs, new double[4 * hidden * inputs]),
        new WeightMatrix("hh", 4 * hidden, hidden, new double[4 * hidden * hidden]),
        null,
        null);

    [Fact]
    public void Of_BidirectionalBackwardCell_ReadsFromTheLastStepWithTheLaterStepsHidden()
    {
        // T = 3, I = 1, H = 1: x = [10, 20, 30]; y per step [h_fwd, h_bwd] = [1, -1], [2, -2], [3, -3].
        var layer = new LayerNode { Name = "bi", Op = new BidirectionalLstmLayer(Cell(1, 1), Cell(1, 1)), Inputs = ["x"], Outputs = ["y"] };
        var shapes = new Dictionary<string, TensorShape> { ["x"] = new TensorShape(3, 1), ["y"] = new TensorShape(3, 2) };
        double[] x = [10, 20, 30];
        double[] y = [1, -1, 2, -2, 3, -3];

        var forward = LstmReads.Of(layer, 0, x, y, shapes).ToList();
        var backward = LstmReads.Of(layer, 1, x, y, shapes).ToList();

        Assert.Equal([[10, 0], [20, 1], [30, 2]], forward);
        Assert.Equal([[30, 0], [20, -3], [10, -2]], backward);
        Assert.Equal(3, LstmReads.PerCell(layer, shapes));
    }

    [Fact]
    public void Of_BiLstm2dHorizontalForward_ReadsEveryRowLeftToRight()
    {
        // Tokens [H = 2, W = 2, C = 1] with x = token index; D = 1, y channels [vf, vb, hf, hb] = token·10 + channel.
        var pair = new BidirectionalLstmLayer(Cell(1, 1), Cell(1, 1));
        var layer = new LayerNode { Name = "g", Op = new BiLstm2dLayer(pair, pair), Inputs = ["x"], Outputs = ["y"] };
        var shapes = new Dictionary<string, TensorShape> { ["x"] = new TensorShape(2, 2, 1), ["y"] = new TensorShape(2, 2, 4) };
        double[] x = [0, 1, 2, 3];
        var y = Enumerable.Range(0, 4).SelectMany(t => Enumerable.Range(0, 4).Select(c => (t * 10.0) + c)).ToArray();

        var horizontalForward = LstmReads.Of(layer, 2, x, y, shapes).ToList();
        var verticalBackward = LstmReads.Of(layer, 1, x, y, shapes).ToList();

        Assert.Equal([[0, 0], [1, 2], [2, 0], [3, 22]], horizontalForward);
        Assert.Equal([[2, 0], [0, 21], [3, 0], [1, 31]], verticalBackward);
        Assert.Equal(4, LstmReads.PerCell(layer, shapes));
    }
}
