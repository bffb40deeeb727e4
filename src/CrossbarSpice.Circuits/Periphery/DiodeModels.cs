using CrossbarSpice.Netlist.Directives;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>The junction-diode model of the precision rectifiers (docs/circuits.md §4, §7.2, §7.5).</summary>
public static class DiodeModels
{
    /// <summary>Model name.</summary>
    public const string Name = "DSW";

    /// <summary><c>.model DSW D(IS=1e-14 N=1 RS=10 CJO=0.1p)</c>: IS in A, RS in Ω, CJO in F.</summary>
    public static ModelCard Switching() => new(Name, "D", [new("IS", 1e-14), new("N", 1.0), new("RS", 10.0), new("CJO", 0.1e-12)]);
}
