using System.Globalization;
using CrossbarSpice.Cosim.Sweeps;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Prints a finished sweep's summary table on stdout (sweep and sweep-merge).</summary>
internal static class SweepReportPrinter
{
    /// <summary>Prints <paramref name="summary"/>, written to <paramref name="folder"/>.</summary>
    public static void Print(SweepSummary summary, string folder, string computed)
    {
        var inv = CultureInfo.InvariantCulture;
        var spec = summary.Spec;
        Console.WriteLine(string.Create(inv, $"Sweep of {spec.Parameter} at the {spec.Level} level over {spec.Samples} {spec.Split} sample(s), {spec.Seeds.Count} seed(s) per point ({computed}); tables and plot in {folder}"));
        Console.WriteLine(string.Create(inv, $"software (ideal level): {100 * summary.SoftwareAccuracy:F2} %"));
        Console.WriteLine("series         value     mean %    std pp    min %    max %");
        foreach (var point in summary.Points)
        {
            Console.WriteLine(string.Create(inv, $"{point.Series,-10}{point.Value,10:G6}{100 * point.Mean,10:F2}{100 * point.Std,10:F2}{100 * point.Min,9:F2}{100 * point.Max,9:F2}"));
        }
    }
}
