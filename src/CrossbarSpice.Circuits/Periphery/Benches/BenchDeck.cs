using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Pieces every bench shares: the model include and the ±supplies.</summary>
internal static class BenchDeck
{
    /// <summary>The <c>.include</c> of the process's MOSFET models (none without transistors), then <paramref name="definitions"/>.</summary>
    public static IReadOnlyList<NetlistItem> Definitions(PeripheryProcess process, params NetlistItem[] definitions)
    {
        var items = new List<NetlistItem>();
        if (process.ModelLibraryPath is { } library)
        {
            items.Add(new IncludeDirective(library));
        }

        items.AddRange(definitions);
        return items;
    }

    /// <summary>Sources <c>vdd</c> (node vdd) and <c>vss</c> (node vss) at the card's supplies.</summary>
    public static IReadOnlyList<NetlistItem> Supplies(PeripheryProcess process) =>
    [
        new VoltageSource("vdd", "vdd", "0", process.VddVolts),
        new VoltageSource("vss", "vss", "0", process.VssVolts),
    ];

    /// <summary>The supply taps of <see cref="Supplies"/>.</summary>
    public static IReadOnlyList<SupplyTap> Taps(PeripheryProcess process) =>
        [new SupplyTap("vdd", process.VddVolts), new SupplyTap("vss", process.VssVolts)];
}
