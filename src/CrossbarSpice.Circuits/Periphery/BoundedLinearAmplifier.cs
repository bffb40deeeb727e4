using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Bounded-linear tanh approximation <c>bounded_lin</c> ([P3] eq. 4; SEED-FAITHFUL, docs/circuits.md §7.3):
/// Out = clip(m·x, −1, 1) as ×(−m) (R_f = m·R_in) then ×(−1), both on the op-amp macromodel supplied from
/// <c>vlp</c>/<c>vln</c> = ±(1 + HR) so its output rails are the hard ±1 V limits. Pins: <c>in out vlp vln</c>.
/// </summary>
public static class BoundedLinearAmplifier
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "bounded_lin";

    /// <summary>Feedback resistance of the compiled designs' amplifiers, Ω: ten times docs/circuits.md's 10 kΩ, so that an
    /// output held at its rail sources a tenth of the current through the op-amp's output resistance (at the ±0.5 V
    /// rail of a 0.5 V-per-unit design, 10 kΩ leave the output 1.0 mV inside the limit, 100 kΩ 0.1 mV).</summary>
    public const double CompiledOhms = 100e3;

    /// <summary>The amplifier with slope <paramref name="slope"/> (m, V/V, &gt; 0; [P3]: 1/2) and feedback
    /// resistance <paramref name="ohms"/> (docs/circuits.md: 10 kΩ).</summary>
    public static SubcircuitDefinition Build(double slope = 0.5, double ohms = 10e3)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slope);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ohms);
        var r = ohms;
        return new SubcircuitDefinition(
            Name,
            ["in", "out", "vlp", "vln"],
            [
                new SubcircuitInstance("XB1", ["0", "nb1", "b1", "vlp", "vln"], OpAmpMacromodel.Name),
                new Resistor("Rb1", "in", "nb1", r / slope),
                new Resistor("Rb2", "nb1", "b1", r),
                new SubcircuitInstance("XB2", ["0", "nb2", "out", "vlp", "vln"], OpAmpMacromodel.Name),
                new Resistor("Rb3", "b1", "nb2", r),
                new Resistor("Rb4", "nb2", "out", r),
            ]);
    }
}
