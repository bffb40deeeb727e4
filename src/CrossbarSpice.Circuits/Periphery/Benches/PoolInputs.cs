using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Fixed inputs in2…in4 of the 4-input pooling benches (pool_sub_adder.cir values), V.</summary>
internal static class PoolInputs
{
    /// <summary>Values of in2, in3, in4, V.</summary>
    public static double[] Others { get; } = [-0.3, 0.45, 0.1];

    /// <summary>Supplies, the fixed sources and the instance of <paramref name="subcircuit"/> on i1…i4, out.</summary>
    public static IReadOnlyList<NetlistItem> Fixture(PeripheryProcess process, string subcircuit)
    {
        var items = new List<NetlistItem>(BenchDeck.Supplies(process));
        for (var k = 0; k < Others.Length; k++)
        {
            items.Add(new VoltageSource($"vi{k + 2}", $"i{k + 2}", "0", Others[k]));
        }

        items.Add(new SubcircuitInstance("Xdut", ["i1", "i2", "i3", "i4", "out", "vdd", "vss"], subcircuit));
        return items;
    }
}
