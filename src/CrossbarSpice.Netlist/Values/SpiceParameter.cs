namespace CrossbarSpice.Netlist.Values;

/// <summary>One <c>name=value</c> pair of a parameter list (instance, model, subcircuit or <c>.param</c>).</summary>
/// <param name="Name">Parameter name as written, e.g. <c>W</c>, <c>ic</c>, <c>rval</c>.</param>
/// <param name="Value">Its value; units are those of the parameter in ngspice.</param>
public sealed record SpiceParameter(string Name, SpiceValue Value)
{
    /// <summary>SPICE text <c>name=value</c>.</summary>
    public override string ToString() => Name + "=" + Value;
}
