using System.Text;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Circuits.Compilation.IrDrop;

/// <summary>
/// <c>compensation.csv</c> of a design compiled with IR-drop compensation or <c>--tile auto</c>: one line per crossbar
/// matrix (docs/ir-drop.md explains the columns). Deterministic: no times (the compile summary prints those).
/// </summary>
public static class CompensationReport
{
    /// <summary>The file's name in the design folder.</summary>
    public const string FileName = "compensation.csv";

    /// <summary>The header line.</summary>
    public const string Header = "layer,tile_rows,tile_columns,tiles,compensated,operating_point,headroom,scale_lowered,attempts,iterations,converged,tolerance," +
        "before_max,before_mean,after_max,after_mean,programmed_max,programmed_mean,mapped_max,mapped_mean,clipped_pairs,levels_lost," +
        "tile_auto_budget_volts,tile_auto_error_volts,tile_auto_meets_budget";

    /// <summary>True when any layer was compensated or had its tile chosen automatically.</summary>
    public static bool Applies(IEnumerable<LayerPlan> layers) => layers.Any(l => l.Compensation is not null || l.TileChoice is not null);

    /// <summary>The CSV text (LF endings).</summary>
    public static string Csv(IEnumerable<LayerPlan> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var layer in layers)
        {
            var c = layer.Compensation;
            var t = layer.TileChoice;
            string[] fields =
            [
                Quote(layer.Name),
                InvariantNumber.Format(layer.MaxTileRows),
                InvariantNumber.Format(layer.MaxTileColumns),
                InvariantNumber.Format(layer.Tiles.Count),
                c is null ? "false" : "true",
                Quote(c?.OperatingPoint ?? string.Empty),
                c is null ? "1" : InvariantNumber.Format(c.Headroom),
                c is { ScaleLowered: true } ? "true" : "false",
                Number(c?.Attempts),
                Number(c?.Iterations),
                c is null ? string.Empty : c.Converged ? "true" : "false",
                Number(c?.Tolerance),
                Number(c?.BeforeMax),
                Number(c?.BeforeMean),
                Number(c?.AfterMax),
                Number(c?.AfterMean),
                Number(c?.ProgrammedMax),
                Number(c?.ProgrammedMean),
                Number(c?.MappedMax),
                Number(c?.MappedMean),
                Number(c?.Clipped),
                Number(c?.LevelsLost),
                Number(t?.BudgetVolts),
                Number(t?.ErrorVolts),
                t is null ? string.Empty : t.MeetsBudget ? "true" : "false",
            ];
            text.AppendJoin(',', fields).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One line on what the compensation and the tile choice did to <paramref name="layer"/>, with the time it
    /// took when <paramref name="elapsed"/> is given.</summary>
    public static string Summary(LayerPlan layer, TimeSpan? elapsed = null)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var parts = new List<string>();
        if (layer.TileChoice is { } t)
        {
            parts.Add(FormattableString.Invariant(
                $"tile auto: {t.Rows}x{t.Columns}, wired-vs-mapped error {t.ErrorVolts * 1e3:0.###} mV {(t.MeetsBudget ? "within" : "MISSES")} the budget {t.BudgetVolts * 1e3:0.###} mV ({string.Join(", ", t.Tried.Select(x => FormattableString.Invariant($"{x.Rows}: {x.ErrorVolts * 1e3:0.###} mV")))})"));
        }

        if (layer.Compensation is { } c)
        {
            parts.Add(FormattableString.Invariant(
                $"IR-drop compensated on {layer.Tiles.Count} tile(s): max |W_eff − W| {c.BeforeMax:G3} → {c.AfterMax:G3} (programmed {c.ProgrammedMax:G3}; mapped level {c.MappedMax:G3}), mean {c.BeforeMean:G3} → {c.AfterMean:G3} (programmed {c.ProgrammedMean:G3}), {c.Iterations} iteration(s){(c.Converged ? string.Empty : " NOT converged")} (plan {c.Attempts} of the headroom search), {c.Clipped} pair(s) clipped at Gmax, {(c.ScaleLowered ? FormattableString.Invariant($"scale lowered to {c.Headroom:0.###} of full range ({c.LevelsLost} level(s) unused)") : "full scale")}"));
        }

        var time = elapsed is { } t2 ? FormattableString.Invariant($"; {t2.TotalSeconds:0.0} s") : string.Empty;
        return FormattableString.Invariant($"{layer.Name}: {string.Join("; ", parts)}{time}");
    }

    private static string Number(double? value) => value is { } v ? InvariantNumber.Format(v) : string.Empty;

    private static string Number(int? value) => value is { } v ? InvariantNumber.Format(v) : string.Empty;

    private static string Quote(string text) =>
        text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
