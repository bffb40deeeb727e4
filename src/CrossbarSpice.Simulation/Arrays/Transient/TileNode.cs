namespace CrossbarSpice.Simulation.Arrays.Transient;

/// <summary>A node of a tile whose voltage a transient run records: row node (i, j) or column node (i, j), as
/// <see cref="Circuits.Crossbar.CrossbarTileCircuit"/> numbers them (ideal wires make it the row or column port).</summary>
/// <param name="OnColumn">False: row node (the row wire at cell (i, j)); true: column node (the column wire at cell (i, j)).</param>
/// <param name="Row">Row index i.</param>
/// <param name="Column">Column index j.</param>
public readonly record struct TileNode(bool OnColumn, int Row, int Column)
{
    /// <summary>Row node (i, j).</summary>
    public static TileNode RowWire(int row, int column) => new(false, row, column);

    /// <summary>Column node (i, j).</summary>
    public static TileNode ColumnWire(int row, int column) => new(true, row, column);
}
