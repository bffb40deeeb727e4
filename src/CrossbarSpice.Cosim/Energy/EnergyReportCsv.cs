using System.Globalization;
using CrossbarSpice.Analysis.Tables;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// The report as CSV (project dialect, round-trip numbers): one row per module and a <c>total</c> row. The energy
/// table has group, module, instances, operations per inference, energy (pJ), power (mW) at the stated rate, area
/// (µm²), source (<c>simulated</c> / <c>estimate</c>) and basis; the area table omits energy and power.
/// </summary>
public static class EnergyReportCsv
{
    /// <summary>The energy table.</summary>
    public static string Energy(EnergyReport report) => Write(report, withEnergy: true);

    /// <summary>The area table.</summary>
    public static string Area(EnergyReport report) => Write(report, withEnergy: false);

    private static string Write(EnergyReport report, bool withEnergy)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvTable.CreateWriter(text))
        {
            string[] header = withEnergy
                ? ["group", "module", "instances", "operations_per_inference", "energy_pJ", "power_mW", "area_um2", "source", "basis"]
                : ["group", "module", "instances", "area_um2", "source", "basis"];
            foreach (var h in header)
            {
                csv.WriteField(h);
            }

            csv.NextRecord();
            foreach (var row in report.Rows)
            {
                Record(csv, withEnergy, row.Group, row.Module, row.Instances, row.OperationsPerInference, row.JoulesPerInference, report.Watts(row.JoulesPerInference), row.AreaSquareMeters, withEnergy ? Source(row.Source) : AreaSource(row.Source), row.Basis);
            }

            Record(csv, withEnergy, "total", "all modules", report.Rows.Sum(r => r.Instances), report.Rows.Sum(r => r.OperationsPerInference), report.TotalJoules, report.Watts(report.TotalJoules), report.TotalSquareMeters,
                report.Rows.Any(r => r.Source == ModuleSource.Estimate) ? "simulated+estimate" : "simulated",
                string.Create(CultureInfo.InvariantCulture, $"power at {report.InferencesPerSecond:G6} inferences/s ({report.RateBasis})"));
        }

        return text.ToString();
    }

    /// <summary>The CSV word of <paramref name="source"/>.</summary>
    public static string Source(ModuleSource source) => source == ModuleSource.Estimate ? "estimate" : "simulated";

    /// <summary>The area table's word for <paramref name="source"/>: areas of simulated modules come from their device
    /// counts (<c>device count</c>), the rest are <c>estimate</c>.</summary>
    public static string AreaSource(ModuleSource source) => source == ModuleSource.Estimate ? "estimate" : "device count";

    private static void Record(CsvHelper.CsvWriter csv, bool withEnergy, string group, string module, long instances, long operations, double joules, double watts, double area, string source, string basis)
    {
        csv.WriteField(group);
        csv.WriteField(module);
        csv.WriteField(instances.ToString(CultureInfo.InvariantCulture));
        if (withEnergy)
        {
            csv.WriteField(operations.ToString(CultureInfo.InvariantCulture));
            csv.WriteField((joules * 1e12).ToString("R", CultureInfo.InvariantCulture));
            csv.WriteField((watts * 1e3).ToString("R", CultureInfo.InvariantCulture));
        }

        csv.WriteField((area * 1e12).ToString("R", CultureInfo.InvariantCulture));
        csv.WriteField(source);
        csv.WriteField(basis);
        csv.NextRecord();
    }
}
