using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>MOSFET instances with numeric W/L for the peripheral generators.</summary>
internal static class Mos
{
    /// <summary>An NMOS <c>name d g s b</c> of width <paramref name="w"/> and length <paramref name="l"/> (m).</summary>
    public static Mosfet N(PeripheryProcess p, string name, string d, string g, string s, string b, double w, double l) =>
        new(name, d, g, s, b, p.NmosModel ?? throw new InvalidOperationException("process has no NMOS model"), [new("W", w), new("L", l)]);

    /// <summary>A PMOS <c>name d g s b</c> of width <paramref name="w"/> and length <paramref name="l"/> (m).</summary>
    public static Mosfet P(PeripheryProcess p, string name, string d, string g, string s, string b, double w, double l) =>
        new(name, d, g, s, b, p.PmosModel ?? throw new InvalidOperationException("process has no PMOS model"), [new("W", w), new("L", l)]);
}
