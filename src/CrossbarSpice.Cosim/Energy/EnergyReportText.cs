using System.Globalization;
using System.Text;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>The report as a fixed-width terminal table (energy or area), with its conditions above and a total row.</summary>
public static class EnergyReportText
{
    /// <summary>The energy table.</summary>
    public static string Energy(EnergyReport report) => Write(report, withEnergy: true);

    /// <summary>The area table.</summary>
    public static string Area(EnergyReport report) => Write(report, withEnergy: false);

    private static string Write(EnergyReport report, bool withEnergy)
    {
        ArgumentNullException.ThrowIfNull(report);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(string.Create(inv, $"{(withEnergy ? "energy" : "area")} of {report.Design}: periphery on {report.ProcessKey}; read {report.ReadSeconds * 1e9:0.##} ns (card read voltage {report.CardReadVolts:0.###} V, design inputs {report.InputVoltsPerUnit:0.###} V per unit)"));
        if (withEnergy)
        {
            text.AppendLine($"  array inputs: {report.InputsBasis}");
            text.AppendLine(string.Create(inv, $"  power at {report.InferencesPerSecond:G4} inferences/s ({report.RateBasis})"));
        }

        var width = Math.Max(24, report.Rows.Max(r => r.Module.Length) + 1);
        var groupWidth = Math.Max(8, report.Rows.Max(r => r.Group.Length) + 1);
        text.Append("group".PadRight(groupWidth)).Append("module".PadRight(width)).Append(string.Create(inv, $"{"instances",10}"));
        text.AppendLine(withEnergy ? string.Create(inv, $"{"ops/inf",10}{"energy pJ",14}{"power mW",12}{"area um2",14}  source") : string.Create(inv, $"{"area um2",14}  source"));
        foreach (var row in report.Rows)
        {
            Line(text, report, withEnergy, groupWidth, width, row.Group, row.Module, row.Instances, row.OperationsPerInference, row.JoulesPerInference, row.AreaSquareMeters, withEnergy ? EnergyReportCsv.Source(row.Source) : EnergyReportCsv.AreaSource(row.Source));
        }

        Line(text, report, withEnergy, groupWidth, width, "total", string.Empty, report.Rows.Sum(r => r.Instances), report.Rows.Sum(r => r.OperationsPerInference), report.TotalJoules, report.TotalSquareMeters, string.Empty);
        return text.ToString();
    }

    private static void Line(StringBuilder text, EnergyReport report, bool withEnergy, int groupWidth, int width, string group, string module, long instances, long operations, double joules, double area, string source)
    {
        var inv = CultureInfo.InvariantCulture;
        text.Append(group.PadRight(groupWidth)).Append(module.PadRight(width)).Append(string.Create(inv, $"{instances,10}"));
        if (withEnergy)
        {
            text.Append(string.Create(inv, $"{operations,10}{Number(joules * 1e12),14}{Number(report.Watts(joules) * 1e3),12}"));
        }

        text.AppendLine(string.Create(inv, $"{Number(area * 1e12),14}  {source}").TrimEnd());
    }

    private static string Number(double value) =>
        value == 0 ? "0" : Math.Abs(value) >= 1e5 || Math.Abs(value) < 1e-2 ? value.ToString("0.###E+0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
