using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>Resistor (<c>R</c> card): <c>Rname n+ n- value [key=value ...]</c>.</summary>
/// <param name="Name">Element name starting with <c>R</c>.</param>
/// <param name="NodePositive">Positive node.</param>
/// <param name="NodeNegative">Negative node.</param>
/// <param name="Resistance">Resistance in Ω.</param>
/// <param name="Parameters">Extra instance parameters in order, e.g. <c>m=2</c>, <c>tc1=1e-3</c>.</param>
public sealed record Resistor(string Name, string NodePositive, string NodeNegative, SpiceValue Resistance, IReadOnlyList<SpiceParameter> Parameters)
    : Element(Name)
{
    /// <summary>Creates the element without extra parameters.</summary>
    /// <param name="name">Element name starting with <c>R</c>.</param>
    /// <param name="nodePositive">Positive node.</param>
    /// <param name="nodeNegative">Negative node.</param>
    /// <param name="resistance">Resistance in Ω.</param>
    public Resistor(string name, string nodePositive, string nodeNegative, SpiceValue resistance)
        : this(name, nodePositive, nodeNegative, resistance, [])
    {
    }

    /// <summary>Extra instance parameters in order, e.g. <c>m=2</c>, <c>tc1=1e-3</c>; never null.</summary>
    public IReadOnlyList<SpiceParameter> Parameters { get; init => field = EquatableList<SpiceParameter>.From(value); }
        = EquatableList<SpiceParameter>.From(Parameters);

    /// <inheritdoc />
    public override char Letter => 'R';
}
