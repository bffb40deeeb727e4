using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Global-average-pooling summing resistors <c>gap&lt;N&gt;</c> ([P0] eq. 9, R_j,i = 1 kΩ; SEED-FAITHFUL,
/// docs/circuits.md §6): N inputs through equal resistors to node <c>s</c>, then a follower. Unloaded V(s) = Σ(V_j/R)/Σ(1/R)
/// = mean. Pins: <c>in1 … inN out vdd vss</c>.
/// </summary>
public static class SummingAverager
{
    /// <summary>Subcircuit name for <paramref name="inputs"/> inputs.</summary>
    public static string Name(int inputs) => "gap" + inputs.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The averager of <paramref name="inputs"/> (≥ 2) inputs with resistors <paramref name="ohms"/> (Ω, Table I 1 kΩ).</summary>
    public static SubcircuitDefinition Build(int inputs, double ohms = 1e3, OpAmpKind opAmp = OpAmpKind.Cmos)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 2);
        var ports = Enumerable.Range(1, inputs).Select(k => $"in{k}").Concat(["out", "vdd", "vss"]).ToList();
        var items = new List<NetlistItem>();
        for (var k = 1; k <= inputs; k++)
        {
            items.Add(new Resistor($"R{k}", $"in{k}", "s", ohms));
        }

        items.Add(new SubcircuitInstance("XB", ["s", "out", "out", "vdd", "vss"], OpAmps.Name(opAmp)));
        return new SubcircuitDefinition(Name(inputs), ports, items);
    }
}
