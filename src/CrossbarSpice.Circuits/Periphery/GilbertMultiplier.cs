using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Gilbert-cell Hadamard multiplier <c>gilbert_mult</c> ([P0] Tm1–Tm8, Rm1, Rm2; RECONSTRUCTED, docs/circuits.md §3):
/// attenuated inputs on their common modes (with matching reference dividers), NMOS quad over an NMOS pair with a
/// mirrored tail, resistive loads and an op-amp difference stage. Pins: <c>vin1 vin2 out cma cmb vdd vss</c>
/// (<c>cma</c>/<c>cmb</c> carry VCMA/VCMB). V(out) ≈ K·V1·V2, K ≈ 1.009 V/V², inputs within ±1 V.
/// </summary>
public static class GilbertMultiplier
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "gilbert_mult";

    /// <summary>The multiplier for <paramref name="process"/> with <paramref name="options"/> (null: Table I + docs/circuits.md §3).</summary>
    public static SubcircuitDefinition Build(PeripheryProcess process, GilbertMultiplierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        var o = options ?? new GilbertMultiplierOptions();
        var p = process;
        double rs = o.AttenuatorSeriesOhms, rp = o.AttenuatorShuntOhms;
        return new SubcircuitDefinition(
            Name,
            ["vin1", "vin2", "out", "cma", "cmb", "vdd", "vss"],
            [
                new Resistor("Ra1", "vin1", "ap", rs),
                new Resistor("Ra2", "ap", "cma", rp),
                new Resistor("Rb1", "vin2", "bp", rs),
                new Resistor("Rb2", "bp", "cmb", rp),
                new Resistor("Ra3", "0", "an", rs),
                new Resistor("Ra4", "an", "cma", rp),
                new Resistor("Rb3", "0", "bn", rs),
                new Resistor("Rb4", "bn", "cmb", rp),
                new CurrentSource("Iref", "0", "nbias", o.BiasAmperes),
                Mos.N(p, "MTm8", "nbias", "nbias", "vss", "vss", o.LowerWidth, o.LowerLength),
                Mos.N(p, "MTm7", "tail", "nbias", "vss", "vss", o.LowerWidth, o.LowerLength),
                Mos.N(p, "MTm3", "s1", "bp", "tail", "vss", o.LowerWidth, o.LowerLength),
                Mos.N(p, "MTm4", "s2", "bn", "tail", "vss", o.LowerWidth, o.LowerLength),
                Mos.N(p, "MTm1", "outp", "ap", "s1", "vss", o.QuadWidth, o.QuadLength),
                Mos.N(p, "MTm2", "outn", "an", "s1", "vss", o.QuadWidth, o.QuadLength),
                Mos.N(p, "MTm5", "outp", "an", "s2", "vss", o.QuadWidth, o.QuadLength),
                Mos.N(p, "MTm6", "outn", "ap", "s2", "vss", o.QuadWidth, o.QuadLength),
                new Resistor("Rm1", "vdd", "outn", o.LoadOhms),
                new Resistor("Rm2", "vdd", "outp", o.LoadOhms),
                new SubcircuitInstance("XD", ["pd", "nd", "out", "vdd", "vss"], OpAmps.Name(o.OpAmp)),
                new Resistor("Rd1", "outp", "nd", 10e3),
                new Resistor("Rd2", "nd", "out", o.OutputGainOhms),
                new Resistor("Rd3", "outn", "pd", 10e3),
                new Resistor("Rd4", "pd", "0", o.OutputGainOhms),
            ]);
    }
}
