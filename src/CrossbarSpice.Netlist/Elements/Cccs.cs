using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>Current-controlled current source (<c>F</c> card): <c>Fname out+ out- vcontrol gain</c>.</summary>
/// <param name="Name">Element name starting with <c>F</c>.</param>
/// <param name="OutPositive">Positive output node.</param>
/// <param name="OutNegative">Negative output node.</param>
/// <param name="ControllingSource">Name of the voltage source whose current controls this one.</param>
/// <param name="Gain">Gain in A/A.</param>
public sealed record Cccs(string Name, string OutPositive, string OutNegative, string ControllingSource, SpiceValue Gain)
    : Element(Name)
{
    /// <inheritdoc />
    public override char Letter => 'F';
}
