using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Analogue adder <c>adder</c> (RECONSTRUCTED, docs/circuits.md §7.7): inverting summer (10 kΩ inputs and feedback)
/// then a unity inverter, V_out = V_a + V_b (e.g. c_t = f⊙c_{t−1} + i⊙g). Pins: <c>a b out vdd vss</c>.
/// </summary>
public static class AnalogueAdder
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "adder";

    /// <summary>The adder with resistors <paramref name="ohms"/> (Ω, 10 kΩ).</summary>
    public static SubcircuitDefinition Build(double ohms = 10e3, OpAmpKind opAmp = OpAmpKind.Cmos)
    {
        var amp = OpAmps.Name(opAmp);
        return new SubcircuitDefinition(
            Name,
            ["a", "b", "out", "vdd", "vss"],
            [
                new SubcircuitInstance("XS1", ["0", "ns", "s1", "vdd", "vss"], amp),
                new Resistor("Rs1", "a", "ns", ohms),
                new Resistor("Rs2", "b", "ns", ohms),
                new Resistor("Rsf", "ns", "s1", ohms),
                new SubcircuitInstance("XS2", ["0", "ns2", "out", "vdd", "vss"], amp),
                new Resistor("Rs3", "s1", "ns2", ohms),
                new Resistor("Rs4", "ns2", "out", ohms),
            ]);
    }
}
