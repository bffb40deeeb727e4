using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>Voltage-controlled current source (<c>G</c> card): <c>Gname out+ out- ctrl+ ctrl- gain</c>.</summary>
/// <param name="Name">Element name starting with <c>G</c>.</param>
/// <param name="OutPositive">Positive output node.</param>
/// <param name="OutNegative">Negative output node.</param>
/// <param name="ControlPositive">Positive controlling node.</param>
/// <param name="ControlNegative">Negative controlling node.</param>
/// <param name="Gain">Gain in S (A/V).</param>
public sealed record Vccs(string Name, string OutPositive, string OutNegative, string ControlPositive, string ControlNegative, SpiceValue Gain)
    : Element(Name)
{
    /// <inheritdoc />
    public override char Letter => 'G';
}
