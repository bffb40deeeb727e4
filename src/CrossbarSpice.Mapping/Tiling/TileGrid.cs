namespace CrossbarSpice.Mapping.Tiling;

/// <summary>
/// Splits a logical crossbar over arrays of at most <c>maxRows</c> × <c>maxColumns</c> devices ([P3]'s
/// split method): input rows are split into row tiles whose column currents are added (partial sums);
/// output columns are split into column tiles at even boundaries so a G+/G− pair never straddles two
/// arrays. Blocks are as equal in size as possible.
/// </summary>
public static class TileGrid
{
    /// <summary>The tile blocks, row tile major, column tile minor.</summary>
    public static IReadOnlyList<TileBlock> Split(int rows, int columns, int maxRows, int maxColumns)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        if (maxColumns < 2 || columns % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxColumns), "columns come in G+/G− pairs: need an even column count and at least 2 columns per array");
        }

        var rowCuts = Cuts(rows, maxRows, 1);
        var columnCuts = Cuts(columns / 2, maxColumns / 2, 1).Select(c => (c.Start * 2, c.Count * 2)).ToList();
        var blocks = new List<TileBlock>(rowCuts.Count * columnCuts.Count);
        for (var r = 0; r < rowCuts.Count; r++)
        {
            for (var c = 0; c < columnCuts.Count; c++)
            {
                blocks.Add(new TileBlock(r, c, rowCuts[r].Start, rowCuts[r].Count, columnCuts[c].Item1, columnCuts[c].Item2));
            }
        }

        return blocks;
    }

    private static List<(int Start, int Count)> Cuts(int length, int max, int unit)
    {
        var pieces = (length + max - 1) / max;
        var cuts = new List<(int Start, int Count)>(pieces);
        var start = 0;
        for (var p = 0; p < pieces; p++)
        {
            var count = ((length - start) + (pieces - p) - 1) / (pieces - p) * unit;
            cuts.Add((start, count));
            start += count;
        }

        return cuts;
    }
}
