using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// General activation circuit <c>gen_act</c> ([P2] eqs. 11–13; SEED-FAITHFUL, docs/circuits.md §8): NMOS
/// source-coupled pair with tail Imax (mirrored from a reference), the input-side drain current copied by a PMOS
/// mirror into a sigmoid load (to ground, 0…1 V) and a tanh load (to <c>vtref</c>, −1…1 V). Pins:
/// <c>in sig tanh vtref vdd vss</c>. V(sig) ≈ σ(7.04·V_in), V(tanh) ≈ tanh(3.47·V_in).
/// </summary>
public static class GeneralActivation
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "gen_act";

    /// <summary>The circuit for <paramref name="process"/> with <paramref name="options"/> (null: docs/circuits.md §8).</summary>
    public static SubcircuitDefinition Build(PeripheryProcess process, GeneralActivationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        var o = options ?? new GeneralActivationOptions();
        var p = process;
        return new SubcircuitDefinition(
            Name,
            ["in", "sig", "tanh", "vtref", "vdd", "vss"],
            [
                new CurrentSource("Iref", "0", "nb", o.TailAmperes),
                Mos.N(p, "MB", "nb", "nb", "vss", "vss", 10e-6, 1e-6),
                Mos.N(p, "MT", "tail", "nb", "vss", "vss", 10e-6, 1e-6),
                Mos.N(p, "M1", "d1", "in", "tail", "vss", o.PairWidth, 1e-6),
                Mos.N(p, "M2", "vdd", "0", "tail", "vss", o.PairWidth, 1e-6),
                Mos.P(p, "MP1", "d1", "d1", "vdd", "vdd", 20e-6, 1e-6),
                Mos.P(p, "MP2", "sig", "d1", "vdd", "vdd", 20e-6, 1e-6),
                Mos.P(p, "MP3", "tanh", "d1", "vdd", "vdd", 20e-6, 1e-6),
                new Resistor("ROS", "sig", "0", o.SigmoidOhms),
                new Resistor("ROT", "tanh", "vtref", o.TanhOhms),
            ]);
    }
}
