using System.Globalization;
using CrossbarSpice.Core.Formatting;

namespace CrossbarSpice.Core.Tests.Formatting;

public sealed class InvariantNumberTests
{
    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(1e-9, "1E-09")]
    [InlineData(-1234.5, "-1234.5")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    public void Format_UnderGermanCulture_UsesInvariantRoundTripText(double value, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Assert.Equal(expected, InvariantNumber.Format(value));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_RandomDoubles_ParseBackBitIdentical()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 10_000; i++)
        {
            var value = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsFinite(value))
            {
                continue;
            }

            Assert.True(InvariantNumber.TryParse(InvariantNumber.Format(value), out var back));
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(back));
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Format_NonFinite_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InvariantNumber.Format(value));
}
