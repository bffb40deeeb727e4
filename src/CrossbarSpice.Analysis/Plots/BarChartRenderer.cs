using ScottPlot;

namespace CrossbarSpice.Analysis.Plots;

/// <summary>Renders a <see cref="BarChart"/> to PNG or SVG with ScottPlot (deterministic colours, no timestamps).</summary>
public static class BarChartRenderer
{
    /// <summary>Writes <paramref name="chart"/> as PNG at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">No bars, labels and values differ in count, a value is negative or not finite, or a size is out of range.</exception>
    public static void SavePng(BarChart chart, string path)
    {
        var (plot, width, height) = Build(chart);
        using (plot)
        {
            plot.SavePng(path, width, height);
        }
    }

    /// <summary>Writes <paramref name="chart"/> as SVG at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">As for <see cref="SavePng"/>.</exception>
    public static void SaveSvg(BarChart chart, string path)
    {
        var (plot, width, height) = Build(chart);
        using (plot)
        {
            plot.SaveSvg(path, width, height);
        }
    }

    private static (Plot Plot, int Width, int Height) Build(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Labels.Count == 0 || chart.Labels.Count != chart.Values.Count)
        {
            throw new ArgumentException($"a bar chart needs one value per label ({chart.Labels.Count} labels, {chart.Values.Count} values)", nameof(chart));
        }

        if (chart.Values.Any(v => !double.IsFinite(v) || v < 0))
        {
            throw new ArgumentException("bar values must be finite and ≥ 0", nameof(chart));
        }

        var width = chart.WidthPixels;
        var height = chart.HeightPixels ?? (140 + (28 * chart.Labels.Count));
        if (width is < 100 or > 10000 || height is < 100 or > 10000)
        {
            throw new ArgumentException("image size must be 100–10000 pixels", nameof(chart));
        }

        var plot = new Plot();
        var normal = Colors.SteelBlue;
        var highlight = Colors.DarkOrange;
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        var count = chart.Labels.Count;
        var floor = chart.LogScale ? Math.Floor(Math.Log10(chart.Values.Where(v => v > 0).DefaultIfEmpty(1).Min())) : 0;
        for (var k = 0; k < count; k++)
        {
            var position = count - 1 - k;
            ticks.Add(new Tick(position, chart.Labels[k]));
            var value = chart.Values[k];
            if (chart.LogScale && value <= 0)
            {
                continue;
            }

            bars.Add(new Bar
            {
                Position = position,
                ValueBase = chart.LogScale ? floor : 0,
                Value = chart.LogScale ? Math.Log10(value) : value,
                FillColor = chart.Highlighted.Contains(k) ? highlight : normal,
                Orientation = Orientation.Horizontal,
            });
        }

        plot.Add.Bars(bars);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        if (chart.LogScale)
        {
            var minor = new ScottPlot.TickGenerators.LogMinorTickGenerator();
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                MinorTickGenerator = minor,
                IntegerTicksOnly = true,
                LabelFormatter = v => $"1e{v:0}",
            };
        }

        if (chart.HighlightLabel.Length > 0 || chart.NormalLabel.Length > 0)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.NormalLabel, FillColor = normal });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.HighlightLabel, FillColor = highlight });
            plot.ShowLegend(Alignment.LowerRight);
        }

        plot.Title(chart.Title);
        plot.XLabel(chart.ValueLabel);
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        return (plot, width, height);
    }
}
