using System.Globalization;
using CrossbarSpice.Devices;
using CrossbarSpice.Devices.Process;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// The process facts a peripheral generator uses: supplies and (when it has transistors) the model library and
/// model names, resolved from a <see cref="ProcessCard"/> for one module. Immutable.
/// </summary>
public sealed record PeripheryProcess
{
    /// <summary>Card name, e.g. <c>cmos-180nm</c>.</summary>
    public required string CardName { get; init; }

    /// <summary>Positive supply VDD, V, &gt; 0.</summary>
    public required double VddVolts { get; init; }

    /// <summary>Negative supply VSS, V, &lt; VDD.</summary>
    public required double VssVolts { get; init; }

    /// <summary>Model level used, or null when the module has no transistors.</summary>
    public TransistorModelLevel? Level { get; init; }

    /// <summary>Absolute path of the <c>.lib</c> holding the MOSFET models, or null without transistors.</summary>
    public string? ModelLibraryPath { get; init; }

    /// <summary>NMOS model name (e.g. <c>CMOSN</c>), or null without transistors.</summary>
    public string? NmosModel { get; init; }

    /// <summary>PMOS model name (e.g. <c>CMOSP</c>), or null without transistors.</summary>
    public string? PmosModel { get; init; }

    /// <summary>Key of this card, level and supply, used in file names: e.g. <c>cmos-180nm_bsim3_1.8V</c>.</summary>
    public string Key => string.Create(
        CultureInfo.InvariantCulture,
        $"{CardName}_{(Level?.ToString() ?? "behavioural").ToLowerInvariant()}_{VddVolts:0.###}V");

    /// <summary>Resolves what module <paramref name="module"/> needs from <paramref name="card"/>.</summary>
    /// <param name="card">A process card, e.g. device-cards/cmos-180nm.json.</param>
    /// <param name="module">Module asked for (named in errors).</param>
    /// <param name="requirements">What the module needs.</param>
    /// <param name="level">Model level; null for the card's default.</param>
    /// <exception cref="PeripheryCardException">The card is not a process card, has no model set of the level, its
    /// library file is missing, or it lacks the negative supply the module needs.</exception>
    public static PeripheryProcess Resolve(DeviceCard card, string module, PeripheryRequirements requirements, TransistorModelLevel? level = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(requirements);
        if (card is not ProcessCard process)
        {
            throw new PeripheryCardException(module, card.Name, "kind", $"a process card (transistor models and supplies) is needed, this is a {card.Kind} card");
        }

        if (!double.IsFinite(process.VddVolts) || process.VddVolts <= 0)
        {
            throw new PeripheryCardException(module, card.Name, "supplies.vddVolts", $"a positive supply is needed, found {process.VddVolts} V");
        }

        if (requirements.SplitSupply && (!double.IsFinite(process.VssVolts) || process.VssVolts >= 0))
        {
            throw new PeripheryCardException(module, card.Name, "supplies.vssVolts", $"this module needs a negative supply (split rails), found {process.VssVolts} V");
        }

        if (!requirements.Transistors)
        {
            return new PeripheryProcess { CardName = card.Name, VddVolts = process.VddVolts, VssVolts = process.VssVolts };
        }

        var wanted = level ?? process.DefaultModelLevel;
        var set = process.ModelSets.FirstOrDefault(s => s.Level == wanted)
            ?? throw new PeripheryCardException(module, card.Name, $"modelSets[{wanted}]", $"no transistor model set of level {wanted} (the card has: {string.Join(", ", process.ModelSets.Select(s => s.Level))})");
        if (string.IsNullOrWhiteSpace(set.LibraryPath) || !File.Exists(set.LibraryPath))
        {
            throw new PeripheryCardException(module, card.Name, $"modelSets[{wanted}].file", $"transistor model library '{set.LibraryPath}' not found");
        }

        if (string.IsNullOrWhiteSpace(set.NmosModelName) || string.IsNullOrWhiteSpace(set.PmosModelName))
        {
            throw new PeripheryCardException(module, card.Name, $"modelSets[{wanted}].nmosModel/pmosModel", "both NMOS and PMOS model names are needed");
        }

        return new PeripheryProcess
        {
            CardName = card.Name,
            VddVolts = process.VddVolts,
            VssVolts = process.VssVolts,
            Level = wanted,
            ModelLibraryPath = set.LibraryPath,
            NmosModel = set.NmosModelName,
            PmosModel = set.PmosModelName,
        };
    }
}
