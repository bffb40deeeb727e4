using System.Globalization;
using CrossbarSpice.Analysis.Plots;
using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Sweeps;
using ScottPlot;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// The plot of a finished sweep, <c>accuracy.png</c> and <c>accuracy.svg</c>: accuracy (%) against the swept value, one
/// curve per series through the mean over the seeds with error bars from the lowest to the highest seed, and a dashed
/// horizontal reference line at the software network's accuracy on the same samples. Deterministic like
/// <see cref="LinePlotRenderer"/>.
/// </summary>
public static class SweepPlot
{
    /// <summary>File names written.</summary>
    public static IReadOnlyList<string> Files { get; } = ["accuracy.png", "accuracy.svg"];

    /// <summary>Writes both images of <paramref name="summary"/> into <paramref name="directory"/>, each atomically.</summary>
    public static void Save(SweepSummary summary, string directory)
    {
        ArgumentNullException.ThrowIfNull(summary);
        const int width = 900, height = 600;
        using var plot = Build(summary);
        AtomicOutput.WriteFile(Path.Combine(directory, "accuracy.png"), path => plot.SavePng(path, width, height));
        AtomicOutput.WriteFile(Path.Combine(directory, "accuracy.svg"), path => plot.SaveSvg(path, width, height));
    }

    private static Plot Build(SweepSummary summary)
    {
        var spec = summary.Spec;
        var plot = new Plot();
        foreach (var series in spec.Series())
        {
            var points = summary.Points.Where(p => p.Series == series).ToList();
            var xs = points.Select(p => p.Value).ToArray();
            var ys = points.Select(p => 100 * p.Mean).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = Label(series, spec.Level, spec.StuckBoth);
            line.LineWidth = 1.5f;
            line.MarkerSize = 6;
            if (spec.Seeds.Count > 1)
            {
                var bars = plot.Add.ErrorBar(xs, ys, points.Select(p => 100 * (p.Max - p.Mean)).ToArray());
                bars.YErrorNegative = points.Select(p => 100 * (p.Mean - p.Min)).ToArray();
                bars.Color = line.Color;
            }
        }

        var software = plot.Add.HorizontalLine(100 * summary.SoftwareAccuracy, 1.5f, Colors.Black, LinePattern.Dashed);
        software.LegendText = string.Create(CultureInfo.InvariantCulture, $"software (ideal level) {100 * summary.SoftwareAccuracy:F2} %");
        var design = Path.GetFileName(spec.Design.TrimEnd('/', '\\'));
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"{design}: accuracy vs {spec.Parameter}{(spec.WeightLevels is { } k ? $" + {k} weight levels" : string.Empty)} ({spec.Level} level, {spec.Samples} {spec.Split} samples, {spec.Seeds.Count} seed(s))"));
        plot.XLabel(spec.StuckBoth == "independent"
            ? "stuck-at fault rate p (per device; \"both\": p at LRS and, independently, p at HRS)"
            : XLabel(spec.Parameter));
        plot.YLabel(spec.Seeds.Count > 1 ? "accuracy (%), mean over seeds, bars min–max" : "accuracy (%)");
        // A full 0–100 % axis when the sweep loses much accuracy (curves comparable across plots), else zoomed in.
        var lowest = Math.Min(summary.SoftwareAccuracy, summary.Points.Min(p => p.Min));
        if (summary.SoftwareAccuracy - lowest > 0.2)
        {
            plot.Axes.SetLimitsY(0, 100);
        }

        if (spec.Parameter == "levels")
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
        }

        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static string Label(string series, string level, string? stuckBoth) => series switch
    {
        "lrs" => "stuck at LRS",
        "hrs" => "stuck at HRS",
        // Sweeps written before the definition was recorded split the rate.
        "both" when stuckBoth is null or "split" => "stuck at LRS and HRS (half each)",
        "both" => "stuck at LRS and HRS (p each, independent)",
        _ => $"{level} level",
    };

    private static string XLabel(string parameter) => parameter switch
    {
        "fault-rate" => "stuck-at fault rate (fraction of all devices)",
        "levels" => "programmable conductance levels (evenly spaced Gmin…Gmax)",
        "programming-error" => "programming error σ (relative)",
        "read-noise" => "read noise σ (relative, drawn per inference)",
        "aging" => "aging (fraction of each device's span above Gmin lost)",
        "weight-noise" => "weight noise σ (of each matrix's max |W|, before mapping)",
        "prune" => "pruned fraction of each matrix's weights (smallest |W|)",
        _ => parameter,
    };
}
