using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Tests.Tensors;

/// <summary>Sizes read from files that overflow 2^31 − 1 elements fail softly (no exception) so readers can name the field.</summary>
public sealed class TensorShapeOverflowTests
{
    [Theory]
    [InlineData(new long[] { 100000, 100000, 100000 })]
    [InlineData(new long[] { 4294967296 })]
    [InlineData(new long[] { 3, -1 })]
    [InlineData(new long[] { 65536, 32768 })]
    public void TryCreate_OverflowOrNegative_IsFalse(long[] dimensions)
    {
        Assert.False(TensorShape.TryCreate(dimensions, out var shape));
        Assert.Null(shape);
    }

    [Fact]
    public void TryCreate_LargestShape_IsTrue()
    {
        Assert.True(TensorShape.TryCreate([int.MaxValue, 1], out var shape));
        Assert.Equal(int.MaxValue, shape.ElementCount);
        Assert.True(TensorShape.TryCreate([0, int.MaxValue, int.MaxValue], out var empty));
        Assert.Equal(0, empty.ElementCount);
    }

    [Fact]
    public void InferOutputShape_PoolWithPaddingNearIntMax_FailsInsteadOfOverflowing()
    {
        var pool = new MaxPool2dLayer(new Size2d(1, 1), new Size2d(1, 1), new Size2d(int.MaxValue / 2, int.MaxValue / 2));

        var inference = pool.InferOutputShape(new TensorShape(2, 8, 8));

        Assert.False(inference.IsSuccess);
        Assert.Contains("holds more than 2^31 − 1 elements", inference.Problem, StringComparison.Ordinal);
    }
}
