using CrossbarSpice.Circuits.Characterisation;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// Seed 002's Table VII ([P2] §V.D: energy of each circuit module, 1-bit computing with a 0.5 V, 50 ns read; total
/// 2231.34 pJ, 44.63 mW) beside a compiled design's energy report and the project's benches. The design's report rows
/// are assigned to Table VII's modules by what they are (synapse arrays, the DAC estimate, and periphery rows by their
/// bench module); the rest go to one row of their own. The paper's total is not the sum of its rows (it counts every
/// instance of its system), so each total stands on its own.
/// </summary>
public static class TableSeven
{
    /// <summary>[P2] Table VII total, pJ.</summary>
    public const double SeedTotalPicojoules = 2231.34;

    /// <summary>[P2] §V.D: power of the whole system, mW ("44.63 mW with 0.5 V, 50 ns read voltage").</summary>
    public const double SeedPowerMilliwatts = 44.63;

    /// <summary>[P2] §V.D: the read pulse the table's power is stated at, s.</summary>
    public const double ReadSeconds = 50e-9;

    /// <summary>[P2] §V.D: the read voltage, V.</summary>
    public const double ReadVolts = 0.5;

    /// <summary>Table VII's rows: name, [P2]'s pJ, how a report row is recognised, the project's bench module.</summary>
    private static readonly (string Module, double Seed, Func<ModuleRow, bool> Matches, string? Bench)[] Rows =
    [
        ("1T1M synapse array", 30.32, r => r.Module.StartsWith("synapse array", StringComparison.Ordinal), null),
        ("DAC", 326.4, r => r.Module.StartsWith("DAC", StringComparison.Ordinal), null),
        ("multiplying circuit", 8.22, r => Periphery(r, "gilbert"), "gilbert"),
        ("ReLU circuit", 0.45, r => Periphery(r, "relu"), "relu"),
        ("softmax circuit", 0.66, r => Periphery(r, "softmax"), "softmax"),
        ("layer normalization circuit", 1.62, r => Periphery(r, "layer-norm"), "layer-norm"),
        ("max-pooling circuit", 0.27, r => Periphery(r, "max-pool"), "max-pool"),
    ];

    /// <summary>The bench modules whose operation energy the table shows, in row order.</summary>
    public static IReadOnlyList<string> BenchModules { get; } = [.. Rows.Where(r => r.Bench is not null).Select(r => r.Bench!)];

    /// <summary>
    /// The rows for <paramref name="report"/> (an energy report) and the benches' <paramref name="benches"/> (by module
    /// name; a missing one leaves its cell empty): Table VII's seven rows, then <c>other modules of the design</c>.
    /// </summary>
    public static IReadOnlyList<TableSevenRow> Of(EnergyReport report, IReadOnlyDictionary<string, OperationEnergy> benches)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(benches);
        var result = new List<TableSevenRow>();
        var used = new HashSet<ModuleRow>();
        foreach (var (module, seed, matches, bench) in Rows)
        {
            var members = report.Rows.Where(matches).ToList();
            used.UnionWith(members);
            double? benchJoules = bench is not null && benches.TryGetValue(bench, out var op) ? op.JoulesFor(ReadSeconds) : null;
            result.Add(new TableSevenRow(
                module,
                seed,
                members.Count == 0 ? null : members.Sum(m => m.JoulesPerInference),
                members.Count == 0 ? null : members.Any(m => m.Source == ModuleSource.Estimate) ? ModuleSource.Estimate : ModuleSource.Simulated,
                members.Count == 0 ? "none in this design" : Members(members),
                bench,
                benchJoules));
        }

        var rest = report.Rows.Where(r => !used.Contains(r)).ToList();
        result.Add(new TableSevenRow(
            "other modules of the design",
            null,
            rest.Count == 0 ? null : rest.Sum(m => m.JoulesPerInference),
            rest.Count == 0 ? null : rest.Any(m => m.Source == ModuleSource.Estimate) ? ModuleSource.Estimate : ModuleSource.Simulated,
            rest.Count == 0 ? "none" : Members(rest),
            null,
            null));
        return result;
    }

    /// <summary>A periphery row of the report (<c>role: module</c>) whose bench module is <paramref name="module"/>.</summary>
    private static bool Periphery(ModuleRow row, string module) => row.Module.EndsWith(": " + module, StringComparison.Ordinal);

    private static string Members(IEnumerable<ModuleRow> rows) => string.Join("; ", rows.Select(r => $"{r.Group}/{r.Module}"));
}
