using System.Text.RegularExpressions;
using CrossbarSpice.Analysis.Plots;

namespace CrossbarSpice.Analysis.Tests.Plots;

/// <summary>One colour per series, and legends that name the series.</summary>
public sealed partial class SeriesColoursTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(16)]
    [InlineData(64)]
    public void For_Count_GivesPairwiseDifferentColours(int count)
    {
        var colours = SeriesColours.For(count);

        Assert.Equal(count, colours.Count);
        Assert.Equal(count, colours.Select(c => c.ToHex()).Distinct().Count());
    }

    [Fact]
    public void LinePlot_SixteenSeries_DrawsSixteenStrokeColoursAndNamesEachInTheLegend()
    {
        // An LSTM cell of 8 hidden units plots 16 curves; ScottPlot's palette repeated after ten.
        var series = Enumerable.Range(0, 16).Select(k => new LineSeries($"series {k:00}", [0.0, 1.0], [k, k + 0.5])).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"crossbarspice-lines-{Guid.NewGuid():N}.svg");
        try
        {
            LinePlotRenderer.SaveSvg(new LinePlot { Title = "t", XLabel = "x", YLabel = "y", Series = series }, path);
            var svg = File.ReadAllText(path);
            var expected = SeriesColours.For(16).Select(c => c.ToHex()[..7].ToLowerInvariant()).ToList();
            var strokes = Stroke().Matches(svg).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet();

            Assert.All(expected, colour => Assert.Contains(colour, strokes));
            Assert.All(series, s => Assert.Contains(s.Label, svg, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BarChart_LegendLabels_AreTheGivenNames()
    {
        var chart = new BarChart
        {
            Title = "t",
            ValueLabel = "area",
            Labels = ["a", "b"],
            Values = [1, 2],
            Highlighted = new HashSet<int> { 1 },
            NormalLabel = "device count",
            HighlightLabel = "estimate (parametric model)",
        };
        var path = Path.Combine(Path.GetTempPath(), $"crossbarspice-bars-{Guid.NewGuid():N}.svg");
        try
        {
            BarChartRenderer.SaveSvg(chart, path);
            var texts = Text().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value.Trim()).ToList();

            Assert.Contains("device count", texts);
            Assert.Contains("estimate (parametric model)", texts);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"stroke=""(#[0-9A-Fa-f]{6})""")]
    private static partial Regex Stroke();

    [GeneratedRegex(@"<text[^>]*>([^<]*)</text>")]
    private static partial Regex Text();
}
