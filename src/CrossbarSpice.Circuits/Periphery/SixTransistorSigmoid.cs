using CrossbarSpice.Netlist.Directives;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Six-transistor current-input sigmoid <c>sigmoid6t</c> ([P0] Ts1–Ts6; RECONSTRUCTED wiring, docs/circuits.md §1):
/// NMOS/PMOS source followers with gates at V_Tb clamp the node to ≈ [0, 1] V, a transmission gate Ts3/Ts4 to V_Tb
/// biased near threshold sets the centre slope, diode-connected Ts5/Ts6 are back-stops. The input current and the
/// output share node <c>out</c>. Pins: <c>out vtb bn bp vdd vss</c>. V(out) ≈ σ(I/Is), Is ≈ 331 µA.
/// </summary>
public static class SixTransistorSigmoid
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "sigmoid6t";

    /// <summary>The cell for <paramref name="process"/> with <paramref name="options"/> (null: Table I).</summary>
    public static SubcircuitDefinition Build(PeripheryProcess process, SixTransistorSigmoidOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        var o = options ?? new SixTransistorSigmoidOptions();
        var p = process;
        return new SubcircuitDefinition(
            Name,
            ["out", "vtb", "bn", "bp", "vdd", "vss"],
            [
                Mos.N(p, "MTs1", "vdd", "vtb", "out", "vss", o.Ts1Width, o.Length),
                Mos.P(p, "MTs2", "vss", "vtb", "out", "vdd", o.Ts2Width, o.Length),
                Mos.N(p, "MTs3", "out", "bn", "vtb", "vss", o.Ts3Width, o.Length),
                Mos.P(p, "MTs4", "out", "bp", "vtb", "vdd", o.Ts4Width, o.Length),
                Mos.N(p, "MTs5", "out", "out", "vtb", "vss", o.Ts5Width, o.Length),
                Mos.P(p, "MTs6", "out", "out", "vtb", "vdd", o.Ts6Width, o.Length),
            ]);
    }
}
