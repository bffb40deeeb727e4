namespace CrossbarSpice.Mapping.Tiling;

/// <summary>One tile's block of a logical crossbar: rows [RowStart, RowStart+RowCount), columns likewise.</summary>
/// <param name="RowTile">Index of the tile along the rows (inputs): partial sums of tiles with equal <paramref name="ColumnTile"/> add up.</param>
/// <param name="ColumnTile">Index of the tile along the columns (outputs): tiles with different column index are concatenated.</param>
/// <param name="RowStart">First logical row.</param>
/// <param name="RowCount">Number of rows.</param>
/// <param name="ColumnStart">First logical (physical) column.</param>
/// <param name="ColumnCount">Number of columns (even: whole G+/G− pairs).</param>
public sealed record TileBlock(int RowTile, int ColumnTile, int RowStart, int RowCount, int ColumnStart, int ColumnCount)
{
    /// <summary>Stable name such as "tile-r0-c1".</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Name => $"tile-r{RowTile}-c{ColumnTile}";
}
