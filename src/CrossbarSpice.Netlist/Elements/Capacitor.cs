using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>Capacitor (<c>C</c> card): <c>Cname n+ n- value [key=value ...]</c>.</summary>
/// <param name="Name">Element name starting with <c>C</c>.</param>
/// <param name="NodePositive">Positive node.</param>
/// <param name="NodeNegative">Negative node.</param>
/// <param name="Capacitance">Capacitance in F.</param>
/// <param name="Parameters">Extra instance parameters in order, e.g. <c>ic=0.5</c>.</param>
public sealed record Capacitor(string Name, string NodePositive, string NodeNegative, SpiceValue Capacitance, IReadOnlyList<SpiceParameter> Parameters)
    : Element(Name)
{
    /// <summary>Creates the element without extra parameters.</summary>
    /// <param name="name">Element name starting with <c>C</c>.</param>
    /// <param name="nodePositive">Positive node.</param>
    /// <param name="nodeNegative">Negative node.</param>
    /// <param name="capacitance">Capacitance in F.</param>
    public Capacitor(string name, string nodePositive, string nodeNegative, SpiceValue capacitance)
        : this(name, nodePositive, nodeNegative, capacitance, [])
    {
    }

    /// <summary>Extra instance parameters in order, e.g. <c>ic=0.5</c>; never null.</summary>
    public IReadOnlyList<SpiceParameter> Parameters { get; init => field = EquatableList<SpiceParameter>.From(value); }
        = EquatableList<SpiceParameter>.From(Parameters);

    /// <inheritdoc />
    public override char Letter => 'C';
}
