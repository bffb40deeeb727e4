using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Analogue-switch limiter ("analogue switch circuit used as comparator", [P0] Tn1–Tn9 + Rn3; RECONSTRUCTED,
/// docs/circuits.md §5, <c>lib/aswitch_clamp.sub</c>): a two-stage comparator Tn1–Tn8 closes switch Tn9 from <c>y</c>
/// to the limit when the sensed signal <c>s</c> crosses it. Pins: <c>x s vlim y vdd vss</c>.
/// The comparator's signal input MTn3 senses <c>s</c> — in the normalisation module the inverting amplifier's output,
/// for both limiters — not the switched node <c>y</c> (docs/circuits.md §5 has <c>y</c>): sensing <c>y</c> closes a loop
/// through the switch that holds <c>y</c> within I·R_on of the limit, less than the comparator's systematic offset,
/// so the lower limiter latched and a DC sweep downwards stayed at −VN for every input once it had clamped (measured
/// at VN = 0.1 and 0.3 V; the sequencer's spice level found it). Sensing the lower limiter's own input (the upper
/// limiter's <c>y</c>, behind its Rn3) still left a ≈ 5 mV hysteresis band; sensing the amplifier output leaves none.
/// </summary>
public static class SwitchLimiter
{
    /// <summary>Name of the upper limiter (PMOS switch, closes when y &gt; vlim).</summary>
    public const string UpperName = "clamp_upper";

    /// <summary>Name of the lower limiter (NMOS switch, closes when y &lt; vlim).</summary>
    public const string LowerName = "clamp_lower";

    /// <summary>The upper (<paramref name="upper"/> true) or lower limiter with Table-I sizes.</summary>
    public static SubcircuitDefinition Build(PeripheryProcess process, bool upper, NormalisationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        var o = options ?? new NormalisationOptions();
        var p = process;
        return new SubcircuitDefinition(
            upper ? UpperName : LowerName,
            ["x", "s", "vlim", "y", "vdd", "vss"],
            [
                new Resistor("Rn3", "x", "y", o.Rn3Ohms),
                new Resistor("RB", "vdd", "nb", o.BiasOhms),
                Mos.N(p, "MTn1", "nb", "nb", "vss", "vss", 3e-6, 0.18e-6),
                Mos.N(p, "MTn7", "tail", "nb", "vss", "vss", 45e-6, 0.3e-6),
                Mos.N(p, "MTn3", "d3", "s", "tail", "vss", 36e-6, 0.18e-6),
                Mos.N(p, "MTn4", "d4", "vlim", "tail", "vss", 36e-6, 0.18e-6),
                Mos.P(p, "MTn5", "d3", "d3", "vdd", "vdd", 6e-6, 0.18e-6),
                Mos.P(p, "MTn6", "d4", "d3", "vdd", "vdd", 6e-6, 0.18e-6),
                Mos.P(p, "MTn2", "g", "d4", "vdd", "vdd", 30e-6, 0.18e-6),
                Mos.N(p, "MTn8", "g", "nb", "vss", "vss", 18e-6, 0.3e-6),
                upper
                    ? Mos.P(p, "MTn9", "y", "g", "vlim", "vdd", 18e-6, 0.3e-6)
                    : Mos.N(p, "MTn9", "y", "g", "vlim", "vss", 18e-6, 0.3e-6),
            ]);
    }
}
