using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Two-stage Miller-compensated CMOS op-amp <c>opamp_cmos</c> (docs/circuits.md §9.2, new design for ±1.8 V): NMOS pair
/// with PMOS mirror load and NMOS tail, PMOS common-source second stage with NMOS sink, Rz–Cc compensation, bias
/// from RB into a diode. Pins: <c>inp inn out vdd vss</c>. Measured (BSIM3): 73 dB, 39 MHz UGF, 94° PM, 1.88 mA.
/// </summary>
public static class CmosOpAmp
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "opamp_cmos";

    /// <summary>The op-amp for <paramref name="process"/> with sizes <paramref name="options"/> (null: the verified ones).</summary>
    public static SubcircuitDefinition Build(PeripheryProcess process, CmosOpAmpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        var o = options ?? new CmosOpAmpOptions();
        var p = process;
        return new SubcircuitDefinition(
            Name,
            ["inp", "inn", "out", "vdd", "vss"],
            [
                .. Bias(p, o),
                Mos.N(p, "M1", "n1", "inn", "ntail", "vss", o.PairWidth, o.PairLength),
                Mos.N(p, "M2", "n2", "inp", "ntail", "vss", o.PairWidth, o.PairLength),
                Mos.P(p, "M3", "n1", "n1", "vdd", "vdd", o.MirrorWidth, 0.5e-6),
                Mos.P(p, "M4", "n2", "n1", "vdd", "vdd", o.MirrorWidth, 0.5e-6),
                .. TailAndSecondStage(p, o),
            ]);
    }

    /// <summary>The bias reference: RB from VDD into the diode MB (node <c>nb</c>).</summary>
    internal static NetlistItem[] Bias(PeripheryProcess p, CmosOpAmpOptions o) =>
    [
        new Resistor("RB", "vdd", "nb", o.BiasOhms),
        Mos.N(p, "MB", "nb", "nb", "vss", "vss", 4e-6, 1e-6),
    ];

    /// <summary>The tail source M5 (node <c>ntail</c>), the second stage M6/M7 driven from <c>n2</c>, and the Rz–Cc compensation.</summary>
    internal static NetlistItem[] TailAndSecondStage(PeripheryProcess p, CmosOpAmpOptions o) =>
    [
        Mos.N(p, "M5", "ntail", "nb", "vss", "vss", 8e-6, 1e-6),
        Mos.P(p, "M6", "out", "n2", "vdd", "vdd", o.SecondStageWidth, 0.25e-6),
        Mos.N(p, "M7", "out", "nb", "vss", "vss", o.SinkWidth, 1e-6),
        new Resistor("Rz", "n2", "nc", o.NullingOhms),
        new Capacitor("Cc", "nc", "out", o.CompensationFarads),
    ];
}
