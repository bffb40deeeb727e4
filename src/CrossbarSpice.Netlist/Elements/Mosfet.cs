using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>MOSFET (<c>M</c> card): <c>Mname drain gate source bulk model [W=.. L=.. M=..]</c>.</summary>
/// <param name="Name">Element name starting with <c>M</c>.</param>
/// <param name="Drain">Drain node.</param>
/// <param name="Gate">Gate node.</param>
/// <param name="Source">Source node.</param>
/// <param name="Bulk">Bulk (body) node.</param>
/// <param name="Model">Name of an NMOS or PMOS model card.</param>
/// <param name="Parameters">Instance parameters in order, e.g. <c>W</c> and <c>L</c> in m, <c>M</c> multiplier.</param>
public sealed record Mosfet(string Name, string Drain, string Gate, string Source, string Bulk, string Model, IReadOnlyList<SpiceParameter> Parameters)
    : Element(Name)
{
    /// <summary>A MOSFET without instance parameters.</summary>
    /// <param name="name">Element name starting with <c>M</c>.</param>
    /// <param name="drain">Drain node.</param>
    /// <param name="gate">Gate node.</param>
    /// <param name="source">Source node.</param>
    /// <param name="bulk">Bulk node.</param>
    /// <param name="model">Model name.</param>
    public Mosfet(string name, string drain, string gate, string source, string bulk, string model)
        : this(name, drain, gate, source, bulk, model, [])
    {
    }

    /// <summary>Instance parameters in order; never null.</summary>
    public IReadOnlyList<SpiceParameter> Parameters { get; init => field = EquatableList<SpiceParameter>.From(value); }
        = EquatableList<SpiceParameter>.From(Parameters);

    /// <inheritdoc />
    public override char Letter => 'M';
}
