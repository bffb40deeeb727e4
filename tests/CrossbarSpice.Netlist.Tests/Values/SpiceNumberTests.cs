using System.Globalization;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Tests.Values;

/// <summary>Expected values are the SPICE scale factors of the ngspice manual (§2.3.1), m = milli, meg = mega.</summary>
public sealed class SpiceNumberTests
{
    [Theory]
    [InlineData("1meg", 1e6)]
    [InlineData("1MEG", 1e6)]
    [InlineData("1Meg", 1e6)]
    [InlineData("1m", 1e-3)]
    [InlineData("1M", 1e-3)]
    [InlineData("10uF", 1e-5)]
    [InlineData("2.5k", 2500)]
    [InlineData("2.5K", 2500)]
    [InlineData("1e-3", 1e-3)]
    [InlineData("1E-09", 1e-9)]
    [InlineData("1f", 1e-15)]
    [InlineData("1F", 1e-15)]
    [InlineData("3p", 3e-12)]
    [InlineData("4n", 4e-9)]
    [InlineData("2.2u", 2.2e-6)]
    [InlineData("2g", 2e9)]
    [InlineData("1t", 1e12)]
    [InlineData("5V", 5)]
    [InlineData("1kOhm", 1000)]
    [InlineData("1megohm", 1e6)]
    [InlineData("-0.5", -0.5)]
    [InlineData("+3", 3)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5)]
    [InlineData("1.5e3k", 1.5e6)]
    [InlineData("0", 0)]
    public void TryParse_SuffixTable_GivesScaledValue(string text, double expected)
    {
        Assert.True(SpiceNumber.TryParse(text, out var value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void TryParse_Mil_IsThousandthOfAnInch()
    {
        Assert.True(SpiceNumber.TryParse("3mil", out var value));
        Assert.Equal(3 * 25.4e-6, value, 1e-20);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("e5")]
    [InlineData("1.2.3")]
    [InlineData("1k2")]
    [InlineData("1e99999")]
    [InlineData("1e400")]
    [InlineData("{rval}")]
    public void TryParse_NotANumber_ReturnsFalse(string text)
    {
        Assert.False(SpiceNumber.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_RoundTripText_IsBitIdentical()
    {
        var random = new Random(20240601);
        var values = new List<double> { double.MaxValue, double.MinValue, double.Epsilon, -0.0, 1.0 / 3.0, 0.1 + 0.2 };
        for (var i = 0; i < 10_000; i++)
        {
            values.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));
        }

        foreach (var value in values.Where(double.IsFinite))
        {
            var text = InvariantNumber.Format(value);
            Assert.True(SpiceNumber.TryParse(text, out var parsed), text);
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(parsed));
        }
    }

    [Fact]
    public void TryParse_GermanCulture_StillUsesDecimalPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.True(SpiceNumber.TryParse("0.5", out var value));
            Assert.Equal(0.5, value);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
