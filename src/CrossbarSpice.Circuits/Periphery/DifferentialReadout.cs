using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Differential-column readout (shared/design/circuits.md §7.6): the G+ and G− columns each end at a
/// transimpedance amplifier's virtual ground (feedback RF), giving V± = −RF·I±; a four-resistor difference
/// amplifier (RD each) then gives <c>out</c> = V− − V+ = RF·(I+ − I−). Pins: <c>colp coln out vdd vss</c>.
/// Uses <see cref="OpAmpMacromodel"/>.
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
            new SubcircuitInstance("Xtp", ["0", "colp", "tp", "vdd", "vss"], OpAmpMacromodel.Name),
            new Resistor("Rfp", "colp", "tp", SpiceValue.Expression("RF")),
            new SubcircuitInstance("Xtn", ["0", "coln", "tn", "vdd", "vss"], OpAmpMacromodel.Name),
            new Resistor("Rfn", "coln", "tn", SpiceValue.Expression("RF")),
            new Resistor("Rd1", "tp", "dm", SpiceValue.Expression("RD")),
            new Resistor("Rd2", "dm", "out", SpiceValue.Expression("RD")),
            new Resistor("Rd3", "tn", "dp", SpiceValue.Expression("RD")),
            new Resistor("Rd4", "dp", "0", SpiceValue.Expression("RD")),
            new SubcircuitInstance("Xd", ["dp", "dm", "out", "vdd", "vss"], OpAmpMacromodel.Name),
        ]);
}
