using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Differential-column current subtractor / transimpedance readout <c>isub</c> (seeds 000 ref [26], 002 eq. 1;
/// RECONSTRUCTED, docs/circuits.md §7.6): a TIA per column (virtual ground, R_f) and a 4 × 10 kΩ difference amplifier,
/// V_out = R_f·(I+ − I−). Same topology as <see cref="DifferentialReadout"/> but with a choice of op-amp. Pins:
/// <c>colp coln out vdd vss</c>; currents into the column pins are positive.
/// </summary>
public static class CurrentSubtractor
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "isub";

    /// <summary>The readout with transimpedance <paramref name="feedbackOhms"/> (Ω, 1 kΩ).</summary>
    public static SubcircuitDefinition Build(double feedbackOhms = 1e3, OpAmpKind opAmp = OpAmpKind.Cmos)
    {
        var amp = OpAmps.Name(opAmp);
        return new SubcircuitDefinition(
            Name,
            ["colp", "coln", "out", "vdd", "vss"],
            [
                new SubcircuitInstance("XTP", ["0", "colp", "tp", "vdd", "vss"], amp),
                new Resistor("Rfp", "colp", "tp", feedbackOhms),
                new SubcircuitInstance("XTN", ["0", "coln", "tn", "vdd", "vss"], amp),
                new Resistor("Rfn", "coln", "tn", feedbackOhms),
                new SubcircuitInstance("XDF", ["pd", "nd", "out", "vdd", "vss"], amp),
                new Resistor("Rd1", "tp", "nd", 10e3),
                new Resistor("Rd2", "nd", "out", 10e3),
                new Resistor("Rd3", "tn", "pd", 10e3),
                new Resistor("Rd4", "pd", "0", 10e3),
            ]);
    }
}
