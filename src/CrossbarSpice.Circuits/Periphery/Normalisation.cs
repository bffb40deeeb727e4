using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Normalisation module <c>normalisation</c> ([P0]; RECONSTRUCTED, docs/circuits.md §5): inverting amplifier
/// (RN1, RN2) → upper <see cref="SwitchLimiter"/> → lower limiter → CN → follower; both limiters' comparators sense the
/// amplifier output. Pins:
/// <c>in out vnp vnn vdd vss</c> (<c>vnp</c> = +VN, <c>vnn</c> = −VN). Needs both limiters and the op-amp.
/// </summary>
public static class Normalisation
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "normalisation";

    /// <summary>The module with <paramref name="options"/> (null: Table I).</summary>
    public static SubcircuitDefinition Build(NormalisationOptions? options = null)
    {
        var o = options ?? new NormalisationOptions();
        var amp = OpAmps.Name(o.OpAmp);
        return new SubcircuitDefinition(
            Name,
            ["in", "out", "vnp", "vnn", "vdd", "vss"],
            [
                new SubcircuitInstance("XA1", ["0", "m1", "x", "vdd", "vss"], amp),
                new Resistor("RN1", "in", "m1", o.Rn1Ohms),
                new Resistor("RN2", "m1", "x", o.Rn2Ohms),
                new SubcircuitInstance("XU", ["x", "x", "vnp", "y", "vdd", "vss"], SwitchLimiter.UpperName),
                new SubcircuitInstance("XL", ["y", "x", "vnn", "z", "vdd", "vss"], SwitchLimiter.LowerName),
                new Capacitor("CN", "z", "0", o.HoldFarads),
                new SubcircuitInstance("XB", ["z", "out", "out", "vdd", "vss"], amp),
            ]);
    }
}
