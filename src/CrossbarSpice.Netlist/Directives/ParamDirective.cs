using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Directives;

/// <summary><c>.param key=value ...</c>: global (or, inside a subcircuit, local) parameters.</summary>
/// <param name="Parameters">Parameters in order; at least one.</param>
public sealed record ParamDirective(IReadOnlyList<SpiceParameter> Parameters) : NetlistItem
{
    /// <summary>Parameters in order; never null.</summary>
    public IReadOnlyList<SpiceParameter> Parameters { get; init => field = EquatableList<SpiceParameter>.From(value); }
        = EquatableList<SpiceParameter>.From(Parameters);
}
