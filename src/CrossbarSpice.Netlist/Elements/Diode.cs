using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Elements;

/// <summary>
/// Diode (<c>D</c> card): <c>Dname anode cathode model [area=value]</c>. ngspice 39 rejects a positional area,
/// so it is written <c>area=</c>; the reader accepts both forms.
/// </summary>
/// <param name="Name">Element name starting with <c>D</c>.</param>
/// <param name="Anode">Anode node.</param>
/// <param name="Cathode">Cathode node.</param>
/// <param name="Model">Name of a <c>D</c> model card.</param>
/// <param name="Area">Area factor (dimensionless, default 1 when null).</param>
public sealed record Diode(string Name, string Anode, string Cathode, string Model, SpiceValue? Area = null) : Element(Name)
{
    /// <inheritdoc />
    public override char Letter => 'D';
}
