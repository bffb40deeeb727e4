using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// High-gain variant <c>opamp_cmos_casc</c> of the two-stage CMOS op-amp (<see cref="CmosOpAmp"/>, docs/circuits.md §9.2):
/// the same devices with a telescopic cascode on the first stage (NMOS cascodes M1c/M2c over the input pair, PMOS
/// cascodes M3c/M4c under the mirror, the mirror's gates taken from the cascoded diode side), biased by a 10 µA
/// resistor divider (resistances rounded to 1 Ω) between the rails at <see cref="PmosCascodeBelowVdd"/> under VDD and
/// <see cref="NmosCascodeAboveVss"/> over VSS. Measured (BSIM3, ±1.8 V, inverting ×(−1) with 10 kΩ): open-loop gain
/// ≈ 1.1·10⁵ (101 dB) against ≈ 4.5·10³ for <c>opamp_cmos</c>, so a precision rectifier built on it is within
/// 0.1 mV of |x| over |x| ≤ 0.8 V instead of 2.5 mV. The cascodes narrow the input common-mode range: use it only
/// where both inputs sit at a virtual ground near 0 V (inverting amplifiers, summers, rectifiers), never as a follower.
/// Pins: <c>inp inn out vdd vss</c>.
/// </summary>
public static class CascodeOpAmp
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "opamp_cmos_casc";

    /// <summary>Gate voltage of the PMOS cascodes below VDD, V.</summary>
    public const double PmosCascodeBelowVdd = 1.15;

    /// <summary>Gate voltage of the NMOS cascodes above VSS, V.</summary>
    public const double NmosCascodeAboveVss = 2.25;

    /// <summary>Current of the cascode bias divider, A.</summary>
    public const double DividerAmps = 10e-6;

    /// <summary>The op-amp for <paramref name="process"/> with first- and second-stage sizes <paramref name="options"/>.</summary>
    public static SubcircuitDefinition Build(PeripheryProcess process, CmosOpAmpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        var o = options ?? new CmosOpAmpOptions();
        var p = process;
        var span = p.VddVolts - p.VssVolts;
        var middle = span - PmosCascodeBelowVdd - NmosCascodeAboveVss;
        if (middle <= 0)
        {
            throw new PeripheryCardException(Name, p.CardName, "supplies", FormattableString.Invariant($"the cascode op-amp needs VDD − VSS above {PmosCascodeBelowVdd + NmosCascodeAboveVss} V, the card gives {span} V"));
        }

        return new SubcircuitDefinition(
            Name,
            ["inp", "inn", "out", "vdd", "vss"],
            [
                .. CmosOpAmp.Bias(p, o),
                new Resistor("RC1", "vdd", "ncp", Math.Round(PmosCascodeBelowVdd / DividerAmps)),
                new Resistor("RC2", "ncp", "ncn", Math.Round(middle / DividerAmps)),
                new Resistor("RC3", "ncn", "vss", Math.Round(NmosCascodeAboveVss / DividerAmps)),
                Mos.N(p, "M1", "n1a", "inn", "ntail", "vss", o.PairWidth, o.PairLength),
                Mos.N(p, "M2", "n2a", "inp", "ntail", "vss", o.PairWidth, o.PairLength),
                Mos.N(p, "M1c", "n1", "ncn", "n1a", "vss", o.PairWidth, o.PairLength),
                Mos.N(p, "M2c", "n2", "ncn", "n2a", "vss", o.PairWidth, o.PairLength),
                Mos.P(p, "M3", "n3a", "n1", "vdd", "vdd", o.MirrorWidth, 0.5e-6),
                Mos.P(p, "M4", "n4a", "n1", "vdd", "vdd", o.MirrorWidth, 0.5e-6),
                Mos.P(p, "M3c", "n1", "ncp", "n3a", "vdd", o.MirrorWidth, 0.5e-6),
                Mos.P(p, "M4c", "n2", "ncp", "n4a", "vdd", o.MirrorWidth, 0.5e-6),
                .. CmosOpAmp.TailAndSecondStage(p, o),
            ]);
    }
}
