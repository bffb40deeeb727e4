using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Tests.Network;

/// <summary>Shape rules of the layers the seed-000 sequencer adds: permute, bilstm2d, dense on tokens.</summary>
public sealed class SequencerLayerShapeTests
{
    private static BidirectionalLstmLayer Pair(int inputs, int hidden) => new(Layers.Cell(inputs, hidden), Layers.Cell(inputs, hidden));

    [Fact]
    public void Permute_PatchEmbeddingToTokens_MovesChannelsLast()
    {
        var permute = new PermuteLayer([1, 2, 0]);

        Assert.Equal(new TensorShape(7, 5, 24), permute.InferOutputShape(new TensorShape(24, 7, 5)).Output);
        Assert.Equal(new TensorShape(24, 7, 5), new PermuteLayer([2, 0, 1]).InferOutputShape(new TensorShape(7, 5, 24)).Output);
    }

    [Fact]
    public void SourceIndices_ChannelsLastAndBack_ReadEachElementFromItsPlace()
    {
        var input = new TensorShape(3, 2, 4);
        var toTokens = new PermuteLayer([1, 2, 0]).SourceIndices(input);
        var back = new PermuteLayer([2, 0, 1]).SourceIndices(new TensorShape(2, 4, 3));

        for (var c = 0; c < 3; c++)
        {
            for (var h = 0; h < 2; h++)
            {
                for (var w = 0; w < 4; w++)
                {
                    Assert.Equal(input.FlatIndex(c, h, w), toTokens[new TensorShape(2, 4, 3).FlatIndex(h, w, c)]);
                }
            }
        }

        Assert.Equal(Enumerable.Range(0, 24), back.Select(i => toTokens[i]));
    }

    [Fact]
    public void Permute_RankDiffersFromPermutation_SaysBoth()
    {
        var result = new PermuteLayer([1, 0]).InferOutputShape(new TensorShape(2, 3, 4));

        Assert.Equal("permutes 2 axes [1, 0], gets input [2, 3, 4] of rank 3", result.Problem);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 1 }, "axis 0 appears twice")]
    [InlineData(new[] { 0, 3, 1 }, "axis 3 is outside 0…2")]
    [InlineData(new[] { -1 }, "axis -1 is outside 0…0")]
    [InlineData(new int[0], "the permutation is empty")]
    public void Permute_NotAPermutation_ThrowsWithTheReason(int[] permutation, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => new PermuteLayer(permutation));

        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(reason.Length > 0, PermuteLayer.Problem(permutation) is not null);
    }

    [Fact]
    public void BiLstm2d_TokensHwc_GiveFourDirectionsOfDChannels()
    {
        var layer = new BiLstm2dLayer(Pair(24, 6), Pair(24, 6));

        Assert.Equal(new TensorShape(7, 5, 24), layer.InferOutputShape(new TensorShape(7, 5, 24)).Output);
        Assert.Equal(new TensorShape(3, 4, 12), new BiLstm2dLayer(Pair(8, 3), Pair(8, 3)).InferOutputShape(new TensorShape(3, 4, 8)).Output);
        Assert.Equal(24, layer.OutputChannels);
        Assert.Equal("bilstm2d", layer.TypeName);
    }

    [Fact]
    public void BiLstm2d_ChannelsFirstImage_SuggestsThePermute()
    {
        var layer = new BiLstm2dLayer(Pair(24, 6), Pair(24, 6));

        Assert.Contains("permute a [C, H, W] image with [1, 2, 0]", layer.InferOutputShape(new TensorShape(7, 24)).Problem, StringComparison.Ordinal);
        Assert.Equal("expects 24 channels per token, gets 7", layer.InferOutputShape(new TensorShape(24, 7, 7)).Problem);
    }

    [Fact]
    public void BiLstm2d_DirectionsDisagree_Throws()
    {
        Assert.Throws<ArgumentException>(() => new BiLstm2dLayer(Pair(8, 2), Pair(8, 3)));
        Assert.Throws<ArgumentException>(() => new BiLstm2dLayer(Pair(8, 2), new BidirectionalLstmLayer(Layers.Cell(8, 2), Layers.Cell(8, 2), returnSequences: false)));
    }

    [Fact]
    public void Dense_Tokens_ReplaceTheChannelAxis()
    {
        Assert.Equal(new TensorShape(7, 7, 48), Layers.Dense(24, 48).InferOutputShape(new TensorShape(7, 7, 24)).Output);
        Assert.Equal("expects 24 inputs on the last axis, gets [24, 7, 7] (add a flatten layer?)", Layers.Dense(24, 48).InferOutputShape(new TensorShape(24, 7, 7)).Problem);
    }
}
