using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Tests.Tensors;

public sealed class TensorTests
{
    [Fact]
    public void TensorShape_FlatIndexAndFormatIndex_AreRowMajorInverses()
    {
        var shape = new TensorShape(2, 3, 4);

        Assert.Equal(24, shape.ElementCount);
        Assert.Equal((1 * 12) + (2 * 4) + 3, shape.FlatIndex(1, 2, 3));
        Assert.Equal("[1, 2, 3]", shape.FormatIndex(23));
        Assert.Equal(4, shape[-1]);
    }

    [Fact]
    public void TensorShape_Equality_ComparesDimensions()
    {
        Assert.Equal(new TensorShape(3, 4), new TensorShape(3, 4));
        Assert.NotEqual(new TensorShape(3, 4), new TensorShape(4, 3));
        Assert.Equal("[3, 4]", new TensorShape(3, 4).ToString());
        Assert.Equal(1, new TensorShape().ElementCount);
    }

    [Fact]
    public void TensorShape_NegativeDimension_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TensorShape(2, -1));
    }

    [Fact]
    public void Tensor_CopiesValuesAndFindsNonFinite()
    {
        var values = new[] { 1.0, 2.0, double.NaN, 4.0 };
        var tensor = new Tensor("t", new TensorShape(2, 2), values, TensorDataType.Float32);
        values[0] = 99;

        Assert.Equal(1.0, tensor.At(0, 0));
        Assert.Equal(2, tensor.IndexOfNonFinite());
        Assert.Equal("t [2, 2] float32", tensor.ToString());
    }

    [Fact]
    public void Tensor_ValueCountNotMatchingShape_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Tensor("t", new TensorShape(2, 2), [1.0, 2.0]));
    }

    [Fact]
    public void WeightMatrix_FromTensor_IndexesOutputThenInput()
    {
        var matrix = WeightMatrix.FromTensor(new Tensor("w", new TensorShape(2, 3), [1.0, 2, 3, 4, 5, 6]));

        Assert.Equal(2, matrix.Outputs);
        Assert.Equal(3, matrix.Inputs);
        Assert.Equal(6.0, matrix[1, 2]);
        Assert.Equal([4.0, 5, 6], matrix.Row(1).ToArray());
        Assert.Equal(new TensorShape(2, 3), matrix.ToTensor().Shape);
    }

    [Fact]
    public void WeightMatrix_NonFiniteOrWrongRank_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WeightMatrix("w", 1, 2, [1.0, double.NaN]));
        Assert.Throws<ArgumentException>(() => WeightMatrix.FromTensor(new Tensor("w", new TensorShape(6), new double[6])));
    }

    [Fact]
    public void BiasVector_FromRankTwoTensor_Throws()
    {
        Assert.Throws<ArgumentException>(() => BiasVector.FromTensor(new Tensor("b", new TensorShape(1, 3), new double[3])));
        Assert.Equal(3, BiasVector.FromTensor(new Tensor("b", new TensorShape(3), new double[3])).Length);
    }

    [Fact]
    public void TensorDataType_Properties_MatchTheirEncodings()
    {
        Assert.True(TensorDataType.BFloat16.IsFloatingPoint());
        Assert.False(TensorDataType.Int64.IsFloatingPoint());
        Assert.Equal(2, TensorDataType.Float16.ByteSize());
        Assert.Equal(8, TensorDataType.UInt64.ByteSize());
        Assert.Equal("bfloat16", TensorDataType.BFloat16.DisplayName());
    }
}
