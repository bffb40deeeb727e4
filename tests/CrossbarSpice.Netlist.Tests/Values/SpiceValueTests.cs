using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Tests.Values;

public sealed class SpiceValueTests
{
    [Theory]
    [InlineData("rval")]
    [InlineData("{rval}")]
    [InlineData("'rval'")]
    [InlineData(" { rval } ")]
    public void Expression_AnyDelimiters_NormalisesToBracedText(string text)
    {
        var value = SpiceValue.Expression(text);
        Assert.False(value.IsNumber);
        Assert.Equal("rval", value.ExpressionText);
        Assert.Equal("{rval}", value.ToString());
        Assert.Equal(SpiceValue.Expression("rval"), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{a")]
    [InlineData("a}")]
    [InlineData("a\nb")]
    public void Expression_Invalid_ThrowsArgumentException(string text)
    {
        Assert.Throws<ArgumentException>(() => SpiceValue.Expression(text));
    }

    [Fact]
    public void ImplicitDouble_IsNumberWithRoundTripText()
    {
        SpiceValue value = 1e-9;
        Assert.True(value.IsNumber);
        Assert.Equal(1e-9, value.NumberValue);
        Assert.Null(value.ExpressionText);
        Assert.Equal("1E-09", value.ToString());
    }

    [Fact]
    public void NumberValue_OfExpression_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => SpiceValue.Expression("a*2").NumberValue);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Number_NotFinite_ThrowsArgumentOutOfRange(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpiceValue.Number(value));
    }

    [Fact]
    public void Equals_NumbersComparedBitwise_ZeroAndNegativeZeroDiffer()
    {
        Assert.Equal(SpiceValue.Number(0.5), SpiceValue.Number(0.5));
        Assert.NotEqual(SpiceValue.Number(0.0), SpiceValue.Number(-0.0));
        Assert.Equal(default, SpiceValue.Number(0));
    }
}
