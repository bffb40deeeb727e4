namespace CrossbarSpice.Netlist.Elements;

/// <summary>Current-controlled switch (<c>W</c> card): <c>Wname n+ n- vcontrol model [ON|OFF]</c>.</summary>
/// <param name="Name">Element name starting with <c>W</c>.</param>
/// <param name="NodePositive">Positive switched node.</param>
/// <param name="NodeNegative">Negative switched node.</param>
/// <param name="ControllingSource">Name of the voltage source whose current controls the switch.</param>
/// <param name="Model">Name of a <c>CSW</c> model card.</param>
/// <param name="InitialState">Optional initial state, or null.</param>
public sealed record CurrentSwitch(
    string Name,
    string NodePositive,
    string NodeNegative,
    string ControllingSource,
    string Model,
    SwitchInitialState? InitialState = null) : Element(Name)
{
    /// <inheritdoc />
    public override char Letter => 'W';
}
