using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Differential-column readout (docs/circuits.md §7.6, with the subtraction done in current as [P0]'s current
/// subtractor does): the G− column ends at the input of a current mirror held at 0 V (ideal: a 0 V sense source and a
/// unity current-controlled current source) whose output sinks I− from the G+ column's node; that node is the virtual
/// ground of one transimpedance amplifier (feedback RF), V(t) = −RF·(I+ − I−), and a unity inverter (RD, RD) gives
/// <c>out</c> = RF·(I+ − I−). Subtracting before the amplifier keeps the columns' common-mode current (Σ G_min·V,
/// large on tall arrays) out of the amplifier, which with one amplifier per column would need RF·ΣG·V within the
/// swing (§7.6). Pins: <c>colp coln out vdd vss</c>. Uses <see cref="OpAmpMacromodel"/>.
/// </summary>
public static class DifferentialReadout
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "diff_readout";

    /// <summary>The readout with transimpedance <paramref name="feedbackOhms"/> (RF, Ω) and RD = 10 kΩ.</summary>
    public static SubcircuitDefinition Build(double feedbackOhms) => new(
        Name,
        ["colp", "coln", "out", "vdd", "vss"],
        [new SpiceParameter("RF", feedbackOhms), new SpiceParameter("RD", 10e3)],
        [
            new VoltageSource("Vsn", "coln", "0", 0.0),
            new Cccs("Fsn", "colp", "0", "Vsn", 1.0),
            new SubcircuitInstance("Xt", ["0", "colp", "t", "vdd", "vss"], OpAmpMacromodel.Name),
            new Resistor("Rf", "colp", "t", SpiceValue.Expression("RF")),
            new Resistor("Ri1", "t", "ni", SpiceValue.Expression("RD")),
            new Resistor("Ri2", "ni", "out", SpiceValue.Expression("RD")),
            new SubcircuitInstance("Xi", ["0", "ni", "out", "vdd", "vss"], OpAmpMacromodel.Name),
        ]);
}
