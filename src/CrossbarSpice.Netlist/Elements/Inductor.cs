using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>Inductor (<c>L</c> card): <c>Lname n+ n- value [key=value ...]</c>.</summary>
/// <param name="Name">Element name starting with <c>L</c>.</param>
/// <param name="NodePositive">Positive node.</param>
/// <param name="NodeNegative">Negative node.</param>
/// <param name="Inductance">Inductance in H.</param>
/// <param name="Parameters">Extra instance parameters in order, e.g. <c>ic=0.5</c>.</param>
public sealed record Inductor(string Name, string NodePositive, string NodeNegative, SpiceValue Inductance, IReadOnlyList<SpiceParameter> Parameters)
    : Element(Name)
{
    /// <summary>Creates the element without extra parameters.</summary>
    /// <param name="name">Element name starting with <c>L</c>.</param>
    /// <param name="nodePositive">Positive node.</param>
    /// <param name="nodeNegative">Negative node.</param>
    /// <param name="inductance">Inductance in H.</param>
    public Inductor(string name, string nodePositive, string nodeNegative, SpiceValue inductance)
        : this(name, nodePositive, nodeNegative, inductance, [])
    {
    }

    /// <summary>Extra instance parameters in order, e.g. <c>ic=0.5</c>; never null.</summary>
    public IReadOnlyList<SpiceParameter> Parameters { get; init => field = EquatableList<SpiceParameter>.From(value); }
        = EquatableList<SpiceParameter>.From(Parameters);

    /// <inheritdoc />
    public override char Letter => 'L';
}
