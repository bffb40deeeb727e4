namespace CrossbarSpice.Devices.Cells;

/// <summary>1T1M: memristor (bit-line side) in series with an access transistor (source-line side).</summary>
/// <param name="Transistor">The access transistor.</param>
public sealed record AccessTransistorCell(AccessTransistorCard Transistor) : CellConfiguration
{
    /// <inheritdoc />
    public override CellKind Kind => CellKind.OneTransistorOneMemristor;
}
