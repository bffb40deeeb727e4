using CrossbarSpice.Core.Network;
using CrossbarSpice.Reference.Ops;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests.Ops;

/// <summary>The LSTM against its equations written out by hand (PyTorch's gate order i, f, g, o).</summary>
public sealed class LstmForwardTests
{
    // I = 1, H = 1: rows of W_ih, W_hh, b_ih, b_hh are (i, f, g, o).
    private static readonly double[] Wx = [0.5, -0.3, 0.8, 0.2];
    private static readonly double[] Wh = [-0.4, 0.6, 0.1, -0.7];
    private static readonly double[] Bx = [0.1, 0.2, -0.1, 0.05];
    private static readonly double[] Bh = [-0.05, 0.3, 0.0, 0.1];
    private static readonly double[] Sequence = [1.0, -0.5, 2.0];

    private static LstmCell ScalarCell() =>
        new(Graphs.Matrix(4, 1, Wx), Graphs.Matrix(4, 1, Wh), Graphs.Bias(Bx), Graphs.Bias(Bh));

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>One step of the scalar cell, equation by equation.</summary>
    private static (double H, double C) Step(double x, double h, double c)
    {
        var i = Sigmoid((Wx[0] * x) + Bx[0] + (Wh[0] * h) + Bh[0]);
        var f = Sigmoid((Wx[1] * x) + Bx[1] + (Wh[1] * h) + Bh[1]);
        var g = Math.Tanh((Wx[2] * x) + Bx[2] + (Wh[2] * h) + Bh[2]);
        var o = Sigmoid((Wx[3] * x) + Bx[3] + (Wh[3] * h) + Bh[3]);
        var cNext = (f * c) + (i * g);
        return (o * Math.Tanh(cNext), cNext);
    }

    [Fact]
    public void Apply_ScalarCellThreeSteps_EqualsHandUnrolledEquations()
    {
        var (h1, c1) = Step(Sequence[0], 0, 0);
        var (h2, c2) = Step(Sequence[1], h1, c1);
        var (h3, _) = Step(Sequence[2], h2, c2);

        var y = LstmForward.Apply(new LstmLayer(ScalarCell()), Graphs.Tensor([3, 1], Sequence), "y");

        Assert.Equal([3, 1], y.Shape.Dimensions.ToArray());
        Close.Equal([h1, h2, h3], y.Values, rel: 1e-15, abs: 1e-16);
    }

    [Fact]
    public void Apply_WithoutReturnSequences_IsTheLastHiddenState()
    {
        var all = LstmForward.Apply(new LstmLayer(ScalarCell()), Graphs.Tensor([3, 1], Sequence), "all");

        var last = LstmForward.Apply(new LstmLayer(ScalarCell(), returnSequences: false), Graphs.Tensor([3, 1], Sequence), "y");

        Assert.Equal([1], last.Shape.Dimensions.ToArray());
        Assert.Equal(all[2], last[0]);
    }

    [Fact]
    public void Run_TwoHiddenUnits_GateRowsAreStackedIFGOWithHUnitsEach()
    {
        // I = 1, H = 2, no recurrent weights and no biases: row r of W_ih multiplies x; rows i0 i1 f0 f1 g0 g1 o0 o1.
        double[] w = [0.3, -0.2, 0.9, 0.4, 0.7, -0.6, 0.5, 1.1];
        var cell = new LstmCell(Graphs.Matrix(8, 1, w), Graphs.Matrix(8, 2, new double[16]), null, null);
        const double X = 1.5;

        var h = LstmForward.Run(cell, [X], steps: 1, reverse: false);

        // c0 = f⊙0 + i⊙g, h = o⊙tanh(c): forget weights (0.9, 0.4) cannot matter on the first step.
        var h0 = Sigmoid(0.5 * X) * Math.Tanh(Sigmoid(0.3 * X) * Math.Tanh(0.7 * X));
        var h1 = Sigmoid(1.1 * X) * Math.Tanh(Sigmoid(-0.2 * X) * Math.Tanh(-0.6 * X));
        Close.Equal([h0, h1], h, rel: 1e-15);
    }

    [Fact]
    public void Apply_Bidirectional_ConcatenatesForwardAndReversedBackwardStates()
    {
        var backward = new LstmCell(Graphs.Matrix(4, 1, Wh), Graphs.Matrix(4, 1, Wx), Graphs.Bias(Bh), null);
        var layer = new BidirectionalLstmLayer(ScalarCell(), backward);

        var y = BidirectionalLstmForward.Apply(layer, Graphs.Tensor([3, 1], Sequence), "y");

        var forward = LstmForward.Run(ScalarCell(), Sequence, 3, reverse: false);
        var reversed = LstmForward.Run(backward, Sequence.Reverse().ToArray(), 3, reverse: false);
        Assert.Equal([3, 2], y.Shape.Dimensions.ToArray());
        Assert.Equal([forward[0], reversed[2], forward[1], reversed[1], forward[2], reversed[0]], y.Values.ToArray());

        var last = BidirectionalLstmForward.Apply(new BidirectionalLstmLayer(ScalarCell(), backward, returnSequences: false), Graphs.Tensor([3, 1], Sequence), "y");
        Assert.Equal([forward[2], reversed[2]], last.Values.ToArray());
    }
}
