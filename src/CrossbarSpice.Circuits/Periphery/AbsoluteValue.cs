using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Absolute value <c>absval</c> ([P3], two op-amps + two diodes; SEED-FAITHFUL, docs/circuits.md §7.2): an inverting
/// precision half-wave (R1 = R2 = 10 kΩ, D1/D2) gives h = −V_in for V_in &gt; 0, and a summer (R3 10 k, R4 5 k,
/// R5 10 k) gives V_out = −(V_in + 2h) = |V_in|. Range |V_in| ≤ 1 V. Pins: <c>in out vdd vss</c>.
/// </summary>
public static class AbsoluteValue
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "absval";

    /// <summary>The circuit with base resistance <paramref name="ohms"/> (Ω, 10 kΩ; R4 is half of it).</summary>
    public static SubcircuitDefinition Build(double ohms = 10e3, OpAmpKind opAmp = OpAmpKind.Cmos)
    {
        var amp = OpAmps.Name(opAmp);
        return new SubcircuitDefinition(
            Name,
            ["in", "out", "vdd", "vss"],
            [
                new SubcircuitInstance("XA1", ["0", "n1", "a1o", "vdd", "vss"], amp),
                new Resistor("R1", "in", "n1", ohms),
                new Diode("D1", "h", "a1o", DiodeModels.Name),
                new Resistor("R2", "n1", "h", ohms),
                new Diode("D2", "a1o", "n1", DiodeModels.Name),
                new SubcircuitInstance("XA2", ["0", "n2", "out", "vdd", "vss"], amp),
                new Resistor("R3", "in", "n2", ohms),
                new Resistor("R4", "h", "n2", ohms / 2),
                new Resistor("R5", "n2", "out", ohms),
            ]);
    }
}
