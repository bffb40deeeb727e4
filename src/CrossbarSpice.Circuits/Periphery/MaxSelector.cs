using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Voltage-selector max pooling <c>maxsel&lt;N&gt;</c> ([P2]; RECONSTRUCTED, docs/circuits.md §7.5): one "super
/// diode" per input (op-amp, + = V_i, − = the common output, output → diode → output) and a 20 kΩ pull-down to VSS;
/// V_out = max(V_i), signed inputs. Pins: <c>in1 … inN out vdd vss</c>.
/// </summary>
public static class MaxSelector
{
    /// <summary>Subcircuit name for <paramref name="inputs"/> inputs.</summary>
    public static string Name(int inputs) => "maxsel" + inputs.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The selector of <paramref name="inputs"/> (≥ 2) inputs with pull-down <paramref name="pullDownOhms"/> (Ω, 20 kΩ).</summary>
    public static SubcircuitDefinition Build(int inputs = 4, double pullDownOhms = 20e3, OpAmpKind opAmp = OpAmpKind.Cmos)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 2);
        var items = new List<NetlistItem>();
        for (var k = 1; k <= inputs; k++)
        {
            items.Add(new SubcircuitInstance($"XM{k}", [$"in{k}", "out", $"m{k}o", "vdd", "vss"], OpAmps.Name(opAmp)));
            items.Add(new Diode($"DM{k}", $"m{k}o", "out", DiodeModels.Name));
        }

        items.Add(new Resistor("Rpd", "out", "vss", pullDownOhms));
        var ports = Enumerable.Range(1, inputs).Select(k => $"in{k}").Concat(["out", "vdd", "vss"]).ToList();
        return new SubcircuitDefinition(Name(inputs), ports, items);
    }
}
