using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Reference.Ops;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests.Ops;

/// <summary>Permute and BiLSTM2D against hand-computed values and against the 1-D BiLSTM kernel run on each row and column.</summary>
public sealed class SequencerForwardTests
{
    private static BidirectionalLstmLayer Pair(int inputs, int hidden, int seed)
    {
        LstmCell Cell(int s) => new(
            Graphs.Matrix(4 * hidden, inputs, Graphs.Random(4 * hidden * inputs, s)),
            Graphs.Matrix(4 * hidden, hidden, Graphs.Random(4 * hidden * hidden, s + 1)),
            Graphs.Bias(Graphs.Random(4 * hidden, s + 2)),
            null);
        return new BidirectionalLstmLayer(Cell(seed), Cell(seed + 10));
    }

    [Fact]
    public void Permute_ChwToHwc_EqualsHandWrittenTranspose()
    {
        // x[c, h, w] = 100c + 10h + w, C = 2, H = 2, W = 3.
        var x = Graphs.Tensor([2, 2, 3], 0, 1, 2, 10, 11, 12, 100, 101, 102, 110, 111, 112);

        var y = PermuteForward.Apply(new PermuteLayer([1, 2, 0]), x, "y");

        Assert.Equal([2, 3, 2], y.Shape.Dimensions.ToArray());
        Assert.Equal([0.0, 100, 1, 101, 2, 102, 10, 110, 11, 111, 12, 112], y.Values.ToArray());
    }

    [Fact]
    public void Permute_ThenInverse_GivesTheInputBack()
    {
        var x = Graphs.Tensor([2, 3, 4, 5], Graphs.Random(120, 3));

        var there = PermuteForward.Apply(new PermuteLayer([3, 1, 0, 2]), x, "t");
        var back = PermuteForward.Apply(new PermuteLayer([2, 1, 3, 0]), there, "y");

        Assert.Equal([5, 3, 2, 4], there.Shape.Dimensions.ToArray());
        Assert.Equal(x.Values.ToArray(), back.Values.ToArray());
    }

    [Fact]
    public void Permute_WrongRank_ThrowsReferenceExceptionNamingTheValue()
    {
        var error = Assert.Throws<ReferenceException>(() => PermuteForward.Apply(new PermuteLayer([1, 0]), Graphs.Tensor([2], 1, 2), "y"));

        Assert.Equal("x", error.Subject);
        Assert.Contains("permutes 2 axes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BiLstm2d_EveryToken_IsTheBiLstmOfItsColumnThenOfItsRow()
    {
        const int H = 3, W = 4, C = 5, D = 2;
        var layer = new BiLstm2dLayer(Pair(C, D, seed: 1), Pair(C, D, seed: 50));
        var x = Graphs.Tensor([H, W, C], Graphs.Random(H * W * C, 9));

        var y = BiLstm2dForward.Apply(layer, x, "y");

        Assert.Equal([H, W, 4 * D], y.Shape.Dimensions.ToArray());
        for (var w = 0; w < W; w++)
        {
            var column = Enumerable.Range(0, H).SelectMany(h => x.Values.Slice(((h * W) + w) * C, C).ToArray()).ToArray();
            var v = BidirectionalLstmForward.Apply(layer.Vertical, Graphs.Tensor([H, C], column), "v");
            for (var h = 0; h < H; h++)
            {
                Assert.Equal(v.Values.Slice(h * 2 * D, 2 * D).ToArray(), y.Values.Slice(((h * W) + w) * 4 * D, 2 * D).ToArray());
            }
        }

        for (var h = 0; h < H; h++)
        {
            var r = BidirectionalLstmForward.Apply(layer.Horizontal, Graphs.Tensor([W, C], x.Values.Slice(h * W * C, W * C).ToArray()), "r");
            for (var w = 0; w < W; w++)
            {
                Assert.Equal(r.Values.Slice(w * 2 * D, 2 * D).ToArray(), y.Values.Slice((((h * W) + w) * 4 * D) + (2 * D), 2 * D).ToArray());
            }
        }
    }

    [Fact]
    public void BiLstm2d_ChannelsFirstInput_ThrowsReferenceException()
    {
        var layer = new BiLstm2dLayer(Pair(5, 2, seed: 1), Pair(5, 2, seed: 2));

        var error = Assert.Throws<ReferenceException>(() => BiLstm2dForward.Apply(layer, Graphs.Tensor([5, 3, 4], Graphs.Random(60, 1)), "y"));

        Assert.Contains("expects 5 channels per token, gets 4", error.Message, StringComparison.Ordinal);
    }
}
