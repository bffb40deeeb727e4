namespace CrossbarSpice.Devices.Cells;

/// <summary>The memristor alone between row and column (0T1M / 1M).</summary>
public sealed record PassiveCell : CellConfiguration
{
    /// <inheritdoc />
    public override CellKind Kind => CellKind.Passive;
}
