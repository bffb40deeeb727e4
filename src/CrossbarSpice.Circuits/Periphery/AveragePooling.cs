using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Average pooling <c>avgpool&lt;N&gt;</c> ([P3]: a Ps²×1 crossbar column with weight 1/Ps²; SEED-FAITHFUL,
/// docs/circuits.md §7.4): N inputs through conductances 1/(N·R_f) into a TIA with R_f gives −mean, a unity inverter
/// (10 k/10 k) restores the sign. Pins: <c>in1 … inN out vdd vss</c>.
/// </summary>
public static class AveragePooling
{
    /// <summary>Subcircuit name for <paramref name="inputs"/> inputs.</summary>
    public static string Name(int inputs) => "avgpool" + inputs.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The pool of <paramref name="inputs"/> (≥ 2, Ps² = 4 in [P3]) inputs with TIA feedback <paramref name="feedbackOhms"/> (Ω, 1 kΩ).</summary>
    public static SubcircuitDefinition Build(int inputs = 4, double feedbackOhms = 1e3, OpAmpKind opAmp = OpAmpKind.Cmos)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 2);
        var amp = OpAmps.Name(opAmp);
        var items = new List<NetlistItem>();
        for (var k = 1; k <= inputs; k++)
        {
            items.Add(new Resistor($"Rp{k}", $"in{k}", "np", inputs * feedbackOhms));
        }

        items.Add(new SubcircuitInstance("XP", ["0", "np", "pn", "vdd", "vss"], amp));
        items.Add(new Resistor("Rpf", "np", "pn", feedbackOhms));
        items.Add(new SubcircuitInstance("XPI", ["0", "npi", "out", "vdd", "vss"], amp));
        items.Add(new Resistor("Rpi1", "pn", "npi", 10e3));
        items.Add(new Resistor("Rpi2", "npi", "out", 10e3));
        var ports = Enumerable.Range(1, inputs).Select(k => $"in{k}").Concat(["out", "vdd", "vss"]).ToList();
        return new SubcircuitDefinition(Name(inputs), ports, items);
    }
}
