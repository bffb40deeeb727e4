namespace CrossbarSpice.Netlist.Elements;

/// <summary>Voltage-controlled switch (<c>S</c> card): <c>Sname n+ n- nc+ nc- model [ON|OFF]</c>.</summary>
/// <param name="Name">Element name starting with <c>S</c>.</param>
/// <param name="NodePositive">Positive switched node.</param>
/// <param name="NodeNegative">Negative switched node.</param>
/// <param name="ControlPositive">Positive controlling node.</param>
/// <param name="ControlNegative">Negative controlling node.</param>
/// <param name="Model">Name of an <c>SW</c> model card.</param>
/// <param name="InitialState">Optional initial state, or null.</param>
public sealed record VoltageSwitch(
    string Name,
    string NodePositive,
    string NodeNegative,
    string ControlPositive,
    string ControlNegative,
    string Model,
    SwitchInitialState? InitialState = null) : Element(Name)
{
    /// <inheritdoc />
    public override char Letter => 'S';
}
