using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>Current-controlled voltage source (<c>H</c> card): <c>Hname out+ out- vcontrol gain</c>.</summary>
/// <param name="Name">Element name starting with <c>H</c>.</param>
/// <param name="OutPositive">Positive output node.</param>
/// <param name="OutNegative">Negative output node.</param>
/// <param name="ControllingSource">Name of the voltage source whose current controls this one.</param>
/// <param name="Gain">Gain in Ω (V/A).</param>
public sealed record Ccvs(string Name, string OutPositive, string OutNegative, string ControllingSource, SpiceValue Gain)
    : Element(Name)
{
    /// <inheritdoc />
    public override char Letter => 'H';
}
