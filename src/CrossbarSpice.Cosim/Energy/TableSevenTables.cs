using System.Globalization;
using System.Text;
using CrossbarSpice.Analysis.Tables;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// Seed 002's Table VII (<see cref="TableSeven"/>) as a terminal table and CSV (project dialect, round-trip numbers):
/// per module [P2]'s pJ, the design's pJ per inference (estimates marked), one bench operation's pJ; then the totals
/// and the power at 0.5 V, 50 ns (energy / 50 ns).
/// </summary>
public static class TableSevenTables
{
    /// <summary>The terminal table.</summary>
    public static string Text(IReadOnlyList<TableSevenRow> rows, EnergyReport report)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(report);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine($"energy of {report.Design} beside seed 002 Table VII (0.5 V, 50 ns read):");
        const int width = 30;
        text.AppendLine(string.Create(inv, $"{"module".PadRight(width)}{"seed002 pJ",12}{"design pJ/inference",22}{"bench pJ/op",14}"));
        foreach (var row in rows)
        {
            var design = row.DesignJoules is { } j ? Number(j * 1e12) + (row.DesignSource == ModuleSource.Estimate ? " (est.)" : string.Empty) : "-";
            text.AppendLine(string.Create(inv, $"{row.Module.PadRight(width)}{Seed(row.SeedPicojoules),12}{design,22}{(row.BenchJoules is { } b ? Number(b * 1e12) : "-"),14}").TrimEnd());
        }

        var total = report.TotalJoules;
        text.AppendLine(string.Create(inv, $"{"total".PadRight(width)}{Seed(TableSeven.SeedTotalPicojoules),12}{Number(total * 1e12),22}"));
        text.AppendLine(string.Create(inv, $"{"power at 0.5 V, 50 ns (mW)".PadRight(width)}{Seed(TableSeven.SeedPowerMilliwatts),12}{Number(total / TableSeven.ReadSeconds * 1e3),22}"));
        text.AppendLine("design: this design's modules per inference (est. = parametric estimate); bench: one operation of the");
        text.AppendLine("project's circuit on its ngspice bench over 50 ns or its settling time when longer; seed 002's total counts its");
        text.AppendLine("whole system and is not the sum of its rows.");
        return text.ToString();
    }

    /// <summary>The CSV table: module, seed002_pJ, design_pJ, design_source, bench_module, bench_pJ, members; then <c>total</c> and <c>power_mW</c> rows.</summary>
    public static string Csv(IReadOnlyList<TableSevenRow> rows, EnergyReport report)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(report);
        var inv = CultureInfo.InvariantCulture;
        using var text = new StringWriter(inv);
        using (var csv = CsvTable.CreateWriter(text))
        {
            foreach (var h in new[] { "module", "seed002_pJ", "design_pJ", "design_source", "bench_module", "bench_pJ", "members" })
            {
                csv.WriteField(h);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                csv.WriteField(row.Module);
                csv.WriteField(row.SeedPicojoules?.ToString("R", inv) ?? string.Empty);
                csv.WriteField(row.DesignJoules is { } j ? (j * 1e12).ToString("R", inv) : string.Empty);
                csv.WriteField(row.DesignSource?.ToString().ToLowerInvariant() ?? string.Empty);
                csv.WriteField(row.BenchModule ?? string.Empty);
                csv.WriteField(row.BenchJoules is { } b ? (b * 1e12).ToString("R", inv) : string.Empty);
                csv.WriteField(row.Members);
                csv.NextRecord();
            }

            var total = report.TotalJoules;
            string[][] totals =
            [
                ["total", TableSeven.SeedTotalPicojoules.ToString("R", inv), (total * 1e12).ToString("R", inv), string.Empty, string.Empty, string.Empty, "every row of the design's energy report"],
                ["power_mW", TableSeven.SeedPowerMilliwatts.ToString("R", inv), (total / TableSeven.ReadSeconds * 1e3).ToString("R", inv), string.Empty, string.Empty, string.Empty, "total / 50 ns"],
            ];
            foreach (var record in totals)
            {
                foreach (var field in record)
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    private static string Seed(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "-";

    private static string Number(double value) =>
        value == 0 ? "0" : Math.Abs(value) >= 1e5 || Math.Abs(value) < 1e-2 ? value.ToString("0.###E+0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
