using CrossbarSpice.Netlist;

namespace CrossbarSpice.Circuits.Devices;

/// <summary>
/// A crossbar cell generated from a memristor card: the <c>.subckt</c> definitions (and model includes) to put at
/// the top of a netlist, and how to instantiate the cell.
/// </summary>
/// <param name="CellName">Name of the cell subcircuit.</param>
/// <param name="Ports">Its ports: <c>row col</c>, plus <c>wl</c> (word line, the gate) for 1T1M.</param>
/// <param name="Definitions">Items the netlist needs once: model includes, then memristor, selector and cell subcircuits.</param>
/// <param name="StateParameter">Instance parameter that sets the device: <c>G</c> (S) for the static model, <c>X0</c> (state 0–1) for dynamic models.</param>
/// <param name="WordLineVolts">Gate voltage for a read (1T1M), V; null for cells without a word line.</param>
public sealed record CellCircuit(string CellName, IReadOnlyList<string> Ports, IReadOnlyList<NetlistItem> Definitions, string StateParameter, double? WordLineVolts)
{
    /// <summary>Name of the memristor instance inside the cell.</summary>
    public const string MemristorInstance = "xm";

    /// <summary>ngspice vector of the effective state clamp(x, 0, 1) of the memristor in cell instance <paramref name="cellInstance"/>, e.g. <c>v(xc.xm.s)</c>.</summary>
    public static string StateVector(string cellInstance) => $"v({cellInstance.ToLowerInvariant()}.{MemristorInstance}.{StateNode.Effective})";
}
