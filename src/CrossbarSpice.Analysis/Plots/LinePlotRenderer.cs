using ScottPlot;

namespace CrossbarSpice.Analysis.Plots;

/// <summary>
/// Renders a <see cref="LinePlot"/> to PNG or SVG with ScottPlot. The same plot gives the same bytes on the same
/// machine (no timestamps or random colours; each series its own colour, <see cref="SeriesColours"/>); fonts come from
/// the system, so images may differ between machines.
/// </summary>
public static class LinePlotRenderer
{
    /// <summary>Writes <paramref name="plot"/> as a PNG file at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">The plot has no series, a series' X and Y lengths differ, or a size is out of range.</exception>
    public static void SavePng(LinePlot plot, string path)
    {
        using var built = Build(plot);
        built.SavePng(path, plot.WidthPixels, plot.HeightPixels);
    }

    /// <summary>Writes <paramref name="plot"/> as an SVG file at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">As for <see cref="SavePng"/>.</exception>
    public static void SaveSvg(LinePlot plot, string path)
    {
        using var built = Build(plot);
        built.SaveSvg(path, plot.WidthPixels, plot.HeightPixels);
    }

    /// <summary>Writes <paramref name="plot"/> as <c><paramref name="stem"/>.png</c> and <c>.svg</c> in <paramref name="directory"/>
    /// (the SVG for pages that embed the figure, e.g. report.html).</summary>
    /// <exception cref="ArgumentException">As for <see cref="SavePng"/>.</exception>
    public static void SavePngAndSvg(LinePlot plot, string directory, string stem)
    {
        SavePng(plot, Path.Combine(directory, stem + ".png"));
        SaveSvg(plot, Path.Combine(directory, stem + ".svg"));
    }

    private static Plot Build(LinePlot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (plot.Series.Count == 0)
        {
            throw new ArgumentException("a plot needs at least one series", nameof(plot));
        }

        if (plot.WidthPixels is < 100 or > 10000 || plot.HeightPixels is < 100 or > 10000)
        {
            throw new ArgumentException("image size must be 100–10000 pixels", nameof(plot));
        }

        var result = new Plot();
        var colours = SeriesColours.For(plot.Series.Count);
        for (var k = 0; k < plot.Series.Count; k++)
        {
            var series = plot.Series[k];
            if (series.X.Count != series.Y.Count)
            {
                throw new ArgumentException($"series '{series.Label}' has {series.X.Count} x and {series.Y.Count} y values", nameof(plot));
            }

            var line = result.Add.ScatterLine(series.X.ToArray(), series.Y.ToArray());
            line.LineWidth = 1.5f;
            line.Color = colours[k];
            if (series.Label.Length > 0)
            {
                line.LegendText = series.Label;
            }
        }

        result.Title(plot.Title);
        result.XLabel(plot.XLabel);
        result.YLabel(plot.YLabel);
        if (plot.Series.Any(s => s.Label.Length > 0))
        {
            result.ShowLegend();
        }

        return result;
    }
}
