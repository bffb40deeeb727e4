using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>Subcircuit instance (<c>X</c> card): <c>Xname node... subcircuit [key=value ...]</c>.</summary>
/// <param name="Name">Element name starting with <c>X</c>.</param>
/// <param name="Nodes">Nodes connected to the subcircuit's ports, in port order.</param>
/// <param name="Subcircuit">Name of the <c>.subckt</c> to instantiate.</param>
/// <param name="Parameters">Parameter overrides in order.</param>
public sealed record SubcircuitInstance(string Name, IReadOnlyList<string> Nodes, string Subcircuit, IReadOnlyList<SpiceParameter> Parameters)
    : Element(Name)
{
    /// <summary>An instance without parameter overrides.</summary>
    /// <param name="name">Element name starting with <c>X</c>.</param>
    /// <param name="nodes">Nodes in port order.</param>
    /// <param name="subcircuit">Subcircuit name.</param>
    public SubcircuitInstance(string name, IReadOnlyList<string> nodes, string subcircuit)
        : this(name, nodes, subcircuit, [])
    {
    }

    /// <summary>Nodes in port order; never null.</summary>
    public IReadOnlyList<string> Nodes { get; init => field = EquatableList<string>.From(value); } = EquatableList<string>.From(Nodes);

    /// <summary>Parameter overrides in order; never null.</summary>
    public IReadOnlyList<SpiceParameter> Parameters { get; init => field = EquatableList<SpiceParameter>.From(value); }
        = EquatableList<SpiceParameter>.From(Parameters);

    /// <inheritdoc />
    public override char Letter => 'X';
}
