using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Circuits.Devices;

/// <summary>
/// The state of a dynamic memristor model: a voltage x on a 1 F capacitor (so the B-source current is dx/dt),
/// a restoring term that returns x to [0, 1] within 1 ns if it overshoots, and a 1 TΩ leak to a source at the
/// initial state so that an operating point (<c>.op</c>) holds x at X0 where the drive is zero.
/// </summary>
internal static class StateNode
{
    /// <summary>Name of the state node inside the subcircuit (seen as <c>v(xinstance.x)</c> from outside).</summary>
    public const string Name = "x";

    /// <summary>
    /// Node holding the effective state clamp(x, 0, 1), the value the device's resistance uses. The integrated x can
    /// step past a bound by a fraction of a percent when the switching rate is very stiff ([P1]'s kon with
    /// αon = 3 gives ~1e11 /s); the restoring term pulls it back within nanoseconds, and the resistance never sees it.
    /// </summary>
    public const string Effective = "s";

    /// <summary>x clamped to [0, 1], for use in resistance expressions.</summary>
    public const string Clamped = "max(min(V(x),1),0)";

    /// <summary>
    /// Gate for rates that push x down: 1 above x = 0.001, falling linearly to 0 at x = 0. Unlike a step u(x) it
    /// lets the implicit integrator approach the bound without stepping across it when the rate is very large.
    /// </summary>
    public const string RoomAboveZero = "min(max(V(x)*1000,0),1)";

    /// <summary>Gate for rates that push x up: the mirror of <see cref="RoomAboveZero"/> at x = 1.</summary>
    public const string RoomBelowOne = "min(max((1-V(x))*1000,0),1)";

    /// <summary>Restoring term added to the state equation.</summary>
    public const string Restoring = "( V(x) < 0 ? -V(x)*1e9 : ( V(x) > 1 ? (1-V(x))*1e9 : 0 ) )";

    /// <summary>The state equation source, capacitor and hold network for <paramref name="rate"/> = dx/dt.</summary>
    public static IEnumerable<NetlistItem> Items(string rate) =>
    [
        new BehavioralSource("Bx", "0", Name, BehavioralSourceKind.Current, $"( {rate} ) + {Restoring}"),
        new Capacitor("Cx", Name, "0", 1.0, [new SpiceParameter("IC", SpiceValue.Expression("X0"))]),
        new Resistor("Rx", Name, "xhold", 1e12),
        new VoltageSource("Vxhold", "xhold", "0", SpiceValue.Expression("X0")),
        new BehavioralSource("Bs", Effective, "0", BehavioralSourceKind.Voltage, Clamped),
    ];
}
