using System.Globalization;
using CrossbarSpice.Analysis.Plots;

namespace CrossbarSpice.Cosim.Timing;

/// <summary>
/// The timing plot of a design: per stage, the output that settled last in its slowest lane of the first sample,
/// against time from that lane's input step, and a vertical mark at its settle time.
/// </summary>
public static class TimingPlot
{
    /// <summary>The plot of <paramref name="report"/> for design <paramref name="design"/>.</summary>
    public static LinePlot Of(string design, TimingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var series = new List<LineSeries>();
        foreach (var wave in report.Waveforms)
        {
            series.Add(new LineSeries($"{wave.Stage}: {wave.Output}", [.. wave.Seconds.Select(t => t * 1e9)], wave.Volts));
            var (low, high) = (wave.Volts.Min(), wave.Volts.Max());
            var pad = Math.Max(report.BandVolts, 0.05 * (high - low));
            var at = wave.SettleSeconds * 1e9;
            series.Add(new LineSeries(string.Create(CultureInfo.InvariantCulture, $"{wave.Stage} settled: {at:0.#} ns"), [at, at], [low - pad, high + pad]));
        }

        return new LinePlot
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"{design}: slowest output of each stage after its input step (sample 0, band ±{report.BandVolts * 1e3:0.###} mV)"),
            XLabel = "time from the lane's input step (ns)",
            YLabel = "output voltage (V)",
            Series = series,
            WidthPixels = 1000,
            HeightPixels = 650,
        };
    }
}
