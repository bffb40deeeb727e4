using ScottPlot;

namespace CrossbarSpice.Analysis.Plots;

/// <summary>Renders a <see cref="BoxChart"/> to PNG or SVG with ScottPlot (deterministic colours, no timestamps).</summary>
public static class BoxChartRenderer
{
    /// <summary>Writes <paramref name="chart"/> as PNG at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">No boxes, labels and boxes differ in count, a box is not ordered or not finite, or a size is out of range.</exception>
    public static void SavePng(BoxChart chart, string path)
    {
        using var plot = Build(chart);
        plot.SavePng(path, chart.WidthPixels, chart.HeightPixels);
    }

    /// <summary>Writes <paramref name="chart"/> as SVG at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">As for <see cref="SavePng"/>.</exception>
    public static void SaveSvg(BoxChart chart, string path)
    {
        using var plot = Build(chart);
        plot.SaveSvg(path, chart.WidthPixels, chart.HeightPixels);
    }

    private static Plot Build(BoxChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Boxes.Count == 0 || chart.Labels.Count != chart.Boxes.Count)
        {
            throw new ArgumentException($"a box plot needs one box per label ({chart.Labels.Count} labels, {chart.Boxes.Count} boxes)", nameof(chart));
        }

        if (chart.Boxes.Any(b => !(double.IsFinite(b.Min) && double.IsFinite(b.Max) && b.Min <= b.Q1 && b.Q1 <= b.Median && b.Median <= b.Q3 && b.Q3 <= b.Max)))
        {
            throw new ArgumentException("every box needs finite min ≤ q1 ≤ median ≤ q3 ≤ max", nameof(chart));
        }

        if (chart.WidthPixels is < 100 or > 10000 || chart.HeightPixels is < 100 or > 10000)
        {
            throw new ArgumentException("image size must be 100–10000 pixels", nameof(chart));
        }

        var plot = new Plot();
        var boxes = chart.Boxes.Select((b, k) => new Box
        {
            Position = k,
            WhiskerMin = b.Min,
            BoxMin = b.Q1,
            BoxMiddle = b.Median,
            BoxMax = b.Q3,
            WhiskerMax = b.Max,
            FillColor = Colors.SteelBlue.WithAlpha(0.5),
        }).ToList();
        plot.Add.Boxes(boxes);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. chart.Labels.Select((l, k) => new Tick(k, l))]);
        plot.Add.HorizontalLine(0, 1, Colors.Gray, LinePattern.Dashed);
        plot.Title(chart.Title);
        plot.XLabel(chart.CategoryLabel);
        plot.YLabel(chart.ValueLabel);
        return plot;
    }
}
