using CrossbarSpice.Netlist.Directives;

namespace CrossbarSpice.Circuits.Periphery;

/// <summary>
/// CMOS inverter row driver <c>inv_driver</c> ([P3]; SEED-FAITHFUL, docs/circuits.md §7.1): PMOS pull-up to the read
/// rail, NMOS pull-down to ground. Binary only: it cannot pass analogue levels. Pins: <c>in out vrd</c>.
/// </summary>
public static class InverterDriver
{
    /// <summary>Subcircuit name.</summary>
    public const string Name = "inv_driver";

    /// <summary>The inverter with PMOS width <paramref name="pmosWidth"/> and NMOS width <paramref name="nmosWidth"/>
    /// (m; defaults 40 µm and 20 µm) at L = <paramref name="length"/> (m, 0.18 µm).</summary>
    public static SubcircuitDefinition Build(PeripheryProcess process, double pmosWidth = 40e-6, double nmosWidth = 20e-6, double length = 0.18e-6)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new SubcircuitDefinition(
            Name,
            ["in", "out", "vrd"],
            [
                Mos.P(process, "MP", "out", "in", "vrd", "vrd", pmosWidth, length),
                Mos.N(process, "MN", "out", "in", "0", "0", nmosWidth, length),
            ]);
    }
}
