using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>Voltage-controlled voltage source (<c>E</c> card): <c>Ename out+ out- ctrl+ ctrl- gain</c>.</summary>
/// <param name="Name">Element name starting with <c>E</c>.</param>
/// <param name="OutPositive">Positive output node.</param>
/// <param name="OutNegative">Negative output node.</param>
/// <param name="ControlPositive">Positive controlling node.</param>
/// <param name="ControlNegative">Negative controlling node.</param>
/// <param name="Gain">Gain in V/V.</param>
public sealed record Vcvs(string Name, string OutPositive, string OutNegative, string ControlPositive, string ControlNegative, SpiceValue Gain)
    : Element(Name)
{
    /// <inheritdoc />
    public override char Letter => 'E';
}
