using System.Globalization;
using System.Text;
using CrossbarSpice.Analysis.Plots;
using CrossbarSpice.Analysis.Tables;
using CrossbarSpice.Circuits.Layers;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// The seed-000 Table III breakdown (<see cref="TableThreeBreakdown"/>) as a terminal table, CSV (project dialect,
/// round-trip numbers; columns category, energy (pJ), power (mW), area (µm²), [P0]'s pJ, members, and a
/// <c>total</c> row) and a bar chart. The area variants omit energy, power and the seed's figures.
/// </summary>
public static class TableThreeTables
{
    /// <summary>The terminal table.</summary>
    public static string Text(IReadOnlyList<CategoryRow> rows, EnergyReport report, bool withEnergy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(report);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine($"{(withEnergy ? "energy" : "area")} of {report.Design} by seed 000 Table III category:");
        var width = Math.Max(12, rows.Max(r => r.Category.Length) + 1);
        text.Append("category".PadRight(width));
        text.AppendLine(withEnergy ? string.Create(inv, $"{"energy pJ",14}{"power mW",12}{"area um2",14}{"seed000 pJ",12}") : string.Create(inv, $"{"area um2",14}"));
        foreach (var row in rows)
        {
            Line(text, report, withEnergy, width, row.Category, row.JoulesPerInference, row.AreaSquareMeters, row.SeedPicojoules);
        }

        Line(text, report, withEnergy, width, "total", rows.Sum(r => r.JoulesPerInference), rows.Sum(r => r.AreaSquareMeters), TableThree.SeedTotalPicojoules);
        return text.ToString();
    }

    /// <summary>The CSV table.</summary>
    public static string Csv(IReadOnlyList<CategoryRow> rows, EnergyReport report, bool withEnergy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(report);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvTable.CreateWriter(text))
        {
            string[] header = withEnergy ? ["category", "energy_pJ", "power_mW", "area_um2", "seed000_pJ", "members"] : ["category", "area_um2", "members"];
            foreach (var h in header)
            {
                csv.WriteField(h);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                Record(csv, report, withEnergy, row.Category, row.JoulesPerInference, row.AreaSquareMeters, row.SeedPicojoules, row.Members);
            }

            Record(csv, report, withEnergy, "total", rows.Sum(r => r.JoulesPerInference), rows.Sum(r => r.AreaSquareMeters), TableThree.SeedTotalPicojoules,
                "all categories (seed 000's total is not the sum of its rows)");
        }

        return text.ToString();
    }

    /// <summary>The bar chart: energy (pJ) or area (µm²) per category on a log axis.</summary>
    public static BarChart Chart(IReadOnlyList<CategoryRow> rows, EnergyReport report, bool withEnergy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(report);
        return new BarChart
        {
            Title = $"{(withEnergy ? "energy" : "area")} of {report.Design} by seed 000 Table III category",
            ValueLabel = withEnergy ? "energy per inference (pJ, log scale)" : "area (µm², log scale)",
            Labels = [.. rows.Select(r => r.Category)],
            Values = [.. rows.Select(r => withEnergy ? r.JoulesPerInference * 1e12 : r.AreaSquareMeters * 1e12)],
            Highlighted = rows.Select((r, k) => (r, k)).Where(p => p.r.SeedPicojoules is null).Select(p => p.k).ToHashSet(),
            HighlightLabel = "not a row of seed 000 Table III",
            NormalLabel = "seed 000 Table III category",
            LogScale = true,
        };
    }

    private static void Line(StringBuilder text, EnergyReport report, bool withEnergy, int width, string category, double joules, double area, double? seed)
    {
        var inv = CultureInfo.InvariantCulture;
        text.Append(category.PadRight(width));
        text.AppendLine((withEnergy
            ? string.Create(inv, $"{Number(joules * 1e12),14}{Number(report.Watts(joules) * 1e3),12}{Number(area * 1e12),14}{(seed is { } s ? s.ToString("0.##", inv) : "-"),12}")
            : string.Create(inv, $"{Number(area * 1e12),14}")).TrimEnd());
    }

    private static void Record(CsvHelper.CsvWriter csv, EnergyReport report, bool withEnergy, string category, double joules, double area, double? seed, string members)
    {
        var inv = CultureInfo.InvariantCulture;
        csv.WriteField(category);
        if (withEnergy)
        {
            csv.WriteField((joules * 1e12).ToString("R", inv));
            csv.WriteField((report.Watts(joules) * 1e3).ToString("R", inv));
        }

        csv.WriteField((area * 1e12).ToString("R", inv));
        if (withEnergy)
        {
            csv.WriteField(seed?.ToString("R", inv) ?? string.Empty);
        }

        csv.WriteField(members);
        csv.NextRecord();
    }

    private static string Number(double value) =>
        value == 0 ? "0" : Math.Abs(value) >= 1e5 || Math.Abs(value) < 1e-2 ? value.ToString("0.###E+0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
