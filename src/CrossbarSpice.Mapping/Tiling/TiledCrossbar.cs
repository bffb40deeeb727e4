using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.Tiling;

/// <summary>A logical crossbar split over tiles: each block with the conductances of its array.</summary>
public sealed class TiledCrossbar
{
    /// <summary>Creates the tiled crossbar; every block's matrix must have the block's size.</summary>
    public TiledCrossbar(int rows, int columns, IReadOnlyList<(TileBlock Block, ConductanceMatrix Conductances)> tiles)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        foreach (var (block, g) in tiles)
        {
            if (g.Rows != block.RowCount || g.Columns != block.ColumnCount)
            {
                throw new ArgumentException($"{block.Name} is {block.RowCount}×{block.ColumnCount} but its array is {g.Rows}×{g.Columns}", nameof(tiles));
            }
        }

        Rows = rows;
        Columns = columns;
        Tiles = tiles;
    }

    /// <summary>Logical rows.</summary>
    public int Rows { get; }

    /// <summary>Logical columns.</summary>
    public int Columns { get; }

    /// <summary>The tiles.</summary>
    public IReadOnlyList<(TileBlock Block, ConductanceMatrix Conductances)> Tiles { get; }

    /// <summary>
    /// Logical column currents with ideal wires: each tile's currents for its slice of the row voltages,
    /// added over row tiles (partial sums) and placed at its columns.
    /// </summary>
    public double[] ColumnCurrents(ReadOnlySpan<double> rowVolts)
    {
        if (rowVolts.Length != Rows)
        {
            throw new ArgumentException($"expected {Rows} row voltages, got {rowVolts.Length}", nameof(rowVolts));
        }

        var total = new double[Columns];
        foreach (var (block, g) in Tiles)
        {
            var partial = g.ColumnCurrents(rowVolts.Slice(block.RowStart, block.RowCount));
            for (var c = 0; c < partial.Length; c++)
            {
                total[block.ColumnStart + c] += partial[c];
            }
        }

        return total;
    }

    /// <summary>Reassembles the logical conductance matrix from the tiles.</summary>
    public ConductanceMatrix Assemble()
    {
        var g = new double[Rows * Columns];
        foreach (var (block, tile) in Tiles)
        {
            for (var r = 0; r < block.RowCount; r++)
            {
                for (var c = 0; c < block.ColumnCount; c++)
                {
                    g[((block.RowStart + r) * Columns) + block.ColumnStart + c] = tile[r, c];
                }
            }
        }

        return new ConductanceMatrix(Rows, Columns, g);
    }
}
