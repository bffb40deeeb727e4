using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Directives;

/// <summary>Device model card: <c>.model name type (key=value ...)</c>.</summary>
/// <param name="Name">Model name referenced by elements.</param>
/// <param name="Type">ngspice model type as written, e.g. <c>NMOS</c>, <c>D</c>, <c>SW</c>, <c>CSW</c>.</param>
/// <param name="Parameters">Model parameters in order (units as in the ngspice manual).</param>
public sealed record ModelCard(string Name, string Type, IReadOnlyList<SpiceParameter> Parameters) : NetlistItem
{
    /// <summary>Model parameters in order; never null.</summary>
    public IReadOnlyList<SpiceParameter> Parameters { get; init => field = EquatableList<SpiceParameter>.From(value); }
        = EquatableList<SpiceParameter>.From(Parameters);
}
