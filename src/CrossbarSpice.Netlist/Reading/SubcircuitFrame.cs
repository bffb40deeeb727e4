using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>A <c>.subckt</c> being read: its header and the body items seen so far.</summary>
/// <param name="Name">Subcircuit name.</param>
/// <param name="Ports">Port names.</param>
/// <param name="Parameters">Parameters with defaults.</param>
/// <param name="Location">Where the <c>.subckt</c> keyword is, for an unterminated-subcircuit error.</param>
internal sealed record SubcircuitFrame(string Name, List<string> Ports, List<SpiceParameter> Parameters, SourceLocation Location)
{
    /// <summary>Body items in order.</summary>
    public List<NetlistItem> Items { get; } = [];
}
