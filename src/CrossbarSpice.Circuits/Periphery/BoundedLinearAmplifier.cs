using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Bounded-linear tanh approximation <c>bounded_lin</c> (seed 003 eq. 4; SEED-FAITHFUL, circuits.md §7.3):
/// Out = clip(m·x, −1, 1) as ×(−m) (R_f = m·R_in) then ×(−1), both on the op-amp macromodel supplied from
/// <c>vlp</c>/<c>vln</c> = ±(1 + HR) so its output rails are the hard ±1 V limits. Pins: <c>in out vlp vln</c>.
/// </summary>
public static class BoundedLinearAmplifier
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "bounded_lin";

    /// <summary>The amplifier with slope <paramref name="slope"/> (m, V/V, &gt; 0; seed 003: 1/2).</summary>
    public static SubcircuitDefinition Build(double slope = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slope);
        const double r = 10e3;
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
