using System.Text.RegularExpressions;
using CrossbarSpice.Analysis.Plots;

namespace CrossbarSpice.Analysis.Tests.Plots;

/// <summary>The unit a voltage axis reads in, and the ticks a box plot of tiny differences gets.</summary>
public sealed partial class VoltageScaleTests
{
    [Theory]
    [InlineData(1.5, "V")]
    [InlineData(1.0, "V")]
    [InlineData(0.0049, "mV")]
    [InlineData(0.001, "mV")]
    [InlineData(2.5e-5, "µV")]
    [InlineData(3e-9, "nV")]
    [InlineData(4e-13, "fV")]
    [InlineData(1.7e-16, "fV")]
    [InlineData(0.0, "mV")]
    public void For_Magnitude_ChoosesTheLargestUnitWithAtLeastOneWholeUnit(double volts, string unit) =>
        Assert.Equal(unit, VoltageScale.For(volts).Unit);

    [Fact]
    public void For_Values_UsesTheLargestMagnitudeWhateverItsSign()
    {
        var scale = VoltageScale.For([-0.003, 0.0002, 1e-6]);

        Assert.Equal("mV", scale.Unit);
        Assert.Equal(-3.0, scale.Of(-0.003), 12);
        Assert.Equal("ΔV (mV)", scale.Label("ΔV"));
    }

    [Fact]
    public void For_NegativeOrNaN_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VoltageScale.For(-1e-3));
        Assert.Throws<ArgumentOutOfRangeException>(() => VoltageScale.For(double.NaN));
    }

    [Fact]
    public void BoxPlot_DifferencesAtFemtovolts_TicksReadDistinctNumbers()
    {
        // Differences at 1e-16 V (two levels equal up to rounding) once drew every tick as "0".
        double[] volts = [-3e-16, -1e-16, 0, 1.2e-16, 2.4e-16];
        var scale = VoltageScale.For(volts);
        var chart = new BoxChart
        {
            Title = "t",
            ValueLabel = scale.Label("ΔV"),
            CategoryLabel = "output",
            Labels = ["a"],
            Boxes = [(scale.Of(volts[0]), scale.Of(volts[1]), scale.Of(volts[2]), scale.Of(volts[3]), scale.Of(volts[4]))],
        };
        var path = Path.Combine(Path.GetTempPath(), $"crossbarspice-box-{Guid.NewGuid():N}.svg");
        try
        {
            BoxChartRenderer.SaveSvg(chart, path);
            var svg = File.ReadAllText(path);
            var numbers = TextElement().Matches(svg).Select(m => m.Groups[1].Value.Trim()).Where(t => NumberText().IsMatch(t)).ToList();

            Assert.Contains("ΔV (fV)", svg, StringComparison.Ordinal);
            Assert.True(numbers.Distinct().Count() >= 4, $"tick labels: {string.Join(" | ", numbers)}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"<text[^>]*>([^<]*)</text>")]
    private static partial Regex TextElement();

    [GeneratedRegex(@"^[-−]?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NumberText();
}
