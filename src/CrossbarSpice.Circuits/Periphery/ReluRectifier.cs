using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// ReLU <c>relu</c> ([P0] eq. 8; SEED-FAITHFUL, docs/circuits.md §4): precision current rectifier (op-amp A1 with
/// Rr1 and diodes D1/D2, input at a virtual ground), voltage follower A2, inverting amplifier A3 (Rr2, Rr3).
/// Pins: <c>in out vdd vss</c>; a current into <c>in</c> is positive. Needs the op-amp and <see cref="DiodeModels"/>.
/// </summary>
public static class ReluRectifier
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "relu";

    /// <summary>The ReLU with <paramref name="options"/> (null: Table I).</summary>
    public static SubcircuitDefinition Build(ReluRectifierOptions? options = null)
    {
        var o = options ?? new ReluRectifierOptions();
        var amp = OpAmps.Name(o.OpAmp);
        return new SubcircuitDefinition(
            Name,
            ["in", "out", "vdd", "vss"],
            [
                new SubcircuitInstance("XA1", ["0", "in", "a1o", "vdd", "vss"], amp),
                new Resistor("Rr1", "in", "vr1", o.Rr1Ohms),
                new Diode("D1", "vr1", "a1o", DiodeModels.Name),
                new Diode("D2", "a1o", "in", DiodeModels.Name),
                new SubcircuitInstance("XA2", ["vr1", "vr2", "vr2", "vdd", "vss"], amp),
                new SubcircuitInstance("XA3", ["0", "n3", "out", "vdd", "vss"], amp),
                new Resistor("Rr2", "vr2", "n3", o.Rr2Ohms),
                new Resistor("Rr3", "n3", "out", o.Rr3Ohms),
            ]);
    }
}
