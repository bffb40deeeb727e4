namespace CrossbarSpice.Devices.Cells;

/// <summary>1S1M: selector (row side) in series with the memristor (column side).</summary>
/// <param name="Selector">The selector device.</param>
public sealed record SelectorCell(SelectorCard Selector) : CellConfiguration
{
    /// <inheritdoc />
    public override CellKind Kind => CellKind.OneSelectorOneMemristor;
}
