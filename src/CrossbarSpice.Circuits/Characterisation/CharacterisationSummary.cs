using System.Globalization;
using System.Text;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>The human-readable summary table of characterisation results (Markdown, invariant numbers).</summary>
public static class CharacterisationSummary
{
    /// <summary>One Markdown row per result: accuracy, scale factor, settling, power, energy/op, devices, area.</summary>
    public static string Markdown(IEnumerable<CharacterisationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.Append("| module | status | useful range | max error | rms error | scale factor | settling | static power | energy/op (window) | devices (MOS) | area |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var r in results)
        {
            var extra = string.Concat(r.Extra.Select(e => $"; {e.Name} = {F(e.Value, "0.0")} {e.Unit}"));
            text.Append(CultureInfo.InvariantCulture, $"| {r.Module.Name} | {Status(r)} | {r.RangeText.Replace("|", "\\|", StringComparison.Ordinal)} | {Volts(r.MaxErrorVolts)}{extra} | {Volts(r.RmsErrorVolts)} | ")
                .Append(CultureInfo.InvariantCulture, $"{r.Scale.Name} = {F(r.ScaleValue, "G4")} {r.Scale.Unit}{(r.Scale.Fitted ? " (fitted)" : string.Empty)} | ")
                .Append(CultureInfo.InvariantCulture, $"{F(r.SettlingSeconds * 1e9, "0.0")} ns | {F(r.StaticWatts * 1e3, "0.000")} mW | ")
                .Append(CultureInfo.InvariantCulture, $"{F(r.EnergyJoules * 1e12, "0.00")} pJ ({F(r.WindowSeconds * 1e9, "0")} ns) | ")
                .Append(CultureInfo.InvariantCulture, $"{r.Inventory.DeviceCount} ({r.Inventory.Nmos + r.Inventory.Pmos}) | {F(r.AreaSquareMeters * 1e12, "0")} µm² |\n");
        }

        return text.ToString();
    }

    private static string Status(CharacterisationResult r) => r.Module.Status switch
    {
        Periphery.Benches.ModuleStatus.SeedFaithful => "seed-faithful",
        Periphery.Benches.ModuleStatus.Reconstructed => "reconstructed",
        Periphery.Benches.ModuleStatus.Improved => "improved",
        _ => "new design",
    };

    private static string Volts(double v) => Math.Abs(v) >= 0.01 ? F(v, "0.0000") + " V" : F(v * 1e3, "0.000") + " mV";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
