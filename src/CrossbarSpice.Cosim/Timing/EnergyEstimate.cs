using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Formatting;

namespace CrossbarSpice.Cosim.Timing;

/// <summary>The per-group energy rows of an <c>energy.csv</c> that <c>report energy</c> wrote, to set beside a timing run's.</summary>
public sealed class EnergyEstimate
{
    private readonly List<(string Group, double PicoJoules)> rows;

    private EnergyEstimate(List<(string, double)> rows, string basis)
    {
        this.rows = rows;
        Basis = basis;
    }

    /// <summary>Where the numbers come from.</summary>
    public string Basis { get; }

    /// <summary>Σ of every row, pJ.</summary>
    public double TotalPicoJoules => rows.Sum(r => r.PicoJoules);

    /// <summary>Σ of the rows whose group is one of <paramref name="groups"/>, pJ.</summary>
    public double PicoJoules(IReadOnlySet<string> groups) => rows.Where(r => groups.Contains(r.Group)).Sum(r => r.PicoJoules);

    /// <summary>Reads <paramref name="path"/> (columns group, module, …, energy_pJ; its total line is skipped).</summary>
    /// <exception cref="InputException">No such file, no energy_pJ column, or a value that is not a number, naming line and field.</exception>
    public static EnergyEstimate Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new SourceLocation(path), "energy report not found (write it with report energy)");
        }

        var lines = CsvRows.ReadFile(path).ToList();
        if (lines.Count == 0)
        {
            throw new InputException(new SourceLocation(path), "empty energy report");
        }

        var header = lines[0].Fields.Select(f => f.Trim()).ToList();
        var group = header.IndexOf("group");
        var energy = header.IndexOf("energy_pJ");
        if (group < 0 || energy < 0)
        {
            throw new InputException(new SourceLocation(path, Line: lines[0].Line, Field: energy < 0 ? "energy_pJ" : "group"), "not an energy.csv of report energy: the column is missing");
        }

        var rows = new List<(string, double)>();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Fields;
            if (fields.Count <= Math.Max(group, energy) || fields[group].Trim() is "total" or "")
            {
                continue;
            }

            if (!double.TryParse(fields[energy].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var pj) || !double.IsFinite(pj))
            {
                throw new InputException(new SourceLocation(path, Line: line.Line, Field: "energy_pJ"), $"expected a number, found '{fields[energy].Trim()}'");
            }

            rows.Add((fields[group].Trim(), pj));
        }

        return new EnergyEstimate(rows, $"{Path.GetFileName(path)}, read window as that report assumes");
    }
}
