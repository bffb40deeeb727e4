using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// Op-amp tanh stage <c>tanh_amp</c> ([P0] A1, Rs1–Rs4; function seed-faithful, wiring reconstructed,
/// docs/circuits.md §2): a difference amplifier giving tanh(x) = 2σ(2x) − 1 from a sigmoid voltage. Pins:
/// <c>sig ref out vdd vss</c> (<c>ref</c> carries V_ref). Needs the op-amp definition alongside.
/// </summary>
public static class TanhAmplifier
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "tanh_amp";

    /// <summary>The stage with <paramref name="options"/> (null: Table I).</summary>
    public static SubcircuitDefinition Build(TanhAmplifierOptions? options = null)
    {
        var o = options ?? new TanhAmplifierOptions();
        var items = new List<NetlistItem>
        {
            new SubcircuitInstance("XA1", ["np", "nm", "out", "vdd", "vss"], OpAmps.Name(o.OpAmp)),
            new Resistor("Rs1", "ref", "nm", o.Rs1Ohms),
            new Resistor("Rs2", "nm", "out", o.Rs2Ohms),
        };
        items.Add(o.Rs3Ohms > 0 ? new Resistor("Rs3", "sig", "np", o.Rs3Ohms) : new VoltageSource("Vs3", "sig", "np", 0.0));
        if (!double.IsPositiveInfinity(o.Rs4Ohms))
        {
            items.Add(new Resistor("Rs4", "np", "0", o.Rs4Ohms));
        }

        return new SubcircuitDefinition(Name, ["sig", "ref", "out", "vdd", "vss"], items);
    }
}
