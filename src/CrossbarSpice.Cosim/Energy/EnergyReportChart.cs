using CrossbarSpice.Analysis.Plots;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>The report's bar chart: energy per inference (pJ) or area (µm²) per module on a log axis, estimates in orange.</summary>
public static class EnergyReportChart
{
    /// <summary>Energy per inference per module.</summary>
    public static BarChart Energy(EnergyReport report) => Chart(report, r => r.JoulesPerInference * 1e12, "energy per inference (pJ, log scale)", "energy", EnergyReportCsv.Source);

    /// <summary>Area per module; the legend names the sources as the area table does (a simulated module's area is a
    /// device-count estimate, not a simulation).</summary>
    public static BarChart Area(EnergyReport report) => Chart(report, r => r.AreaSquareMeters * 1e12, "area (µm², log scale)", "area", EnergyReportCsv.AreaSource);

    private static BarChart Chart(EnergyReport report, Func<ModuleRow, double> value, string label, string what, Func<ModuleSource, string> source)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new BarChart
        {
            Title = $"{what} per module of {report.Design}",
            ValueLabel = label,
            Labels = [.. report.Rows.Select(r => $"{r.Group}: {r.Module}")],
            Values = [.. report.Rows.Select(value)],
            Highlighted = report.Rows.Select((r, k) => (r, k)).Where(p => p.r.Source == ModuleSource.Estimate).Select(p => p.k).ToHashSet(),
            HighlightLabel = $"{source(ModuleSource.Estimate)} (parametric model)",
            NormalLabel = source(ModuleSource.Simulated),
            LogScale = true,
        };
    }
}
