using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Behavioural op-amp macromodel (docs/circuits.md §9.1): input resistance, a 1 mS transconductor
/// into R1 = A0/1 mS and C1 (single pole at GBW/A0), a clamp keeping the internal node inside the rails
/// minus headroom HR, and an output buffer with ROUT. Pins: <c>inp inn out vdd vss</c>.
/// </summary>
public static class OpAmpMacromodel
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "opamp_mm";

    /// <summary>Defaults: A0 = 1e5 (100 dB), GBW = 10 MHz, ROUT = 10 Ω, HR = 0.1 V, RIN = 1 TΩ.</summary>
    public static SubcircuitDefinition Build() => new(
        Name,
        ["inp", "inn", "out", "vdd", "vss"],
        [
            new SpiceParameter("A0", 1e5),
            new SpiceParameter("GBW", 10e6),
            new SpiceParameter("ROUT", 10.0),
            new SpiceParameter("HR", 0.1),
            new SpiceParameter("RIN", 1e12),
        ],
        [
            new Resistor("Rin", "inp", "inn", SpiceValue.Expression("RIN")),
            new Vccs("G1", "0", "n1", "inp", "inn", 1e-3),
            new Resistor("R1", "n1", "0", SpiceValue.Expression("A0/1m")),
            new Capacitor("C1", "n1", "0", SpiceValue.Expression("1m/(6.283185307179586*GBW)")),
            new BehavioralSource(
                "Bcl",
                "0",
                "n1",
                BehavioralSourceKind.Current,
                "-( V(n1) > V(vdd)-{HR} ? (V(n1)-V(vdd)+{HR}) : ( V(n1) < V(vss)+{HR} ? (V(n1)-V(vss)-{HR}) : 0 ) )"),
            new Vcvs("Eo", "n2", "0", "n1", "0", 1.0),
            new Resistor("Ro", "n2", "out", SpiceValue.Expression("ROUT")),
        ]);
}
