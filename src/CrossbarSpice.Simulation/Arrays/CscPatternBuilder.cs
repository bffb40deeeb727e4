namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// Collects the (row, column) positions of a square sparse matrix's stamps and turns them into a compressed-sparse-
/// column pattern (sorted row indices, no duplicates) plus, for every stamp, its slot in the value array.
/// </summary>
internal sealed class CscPatternBuilder
{
    private readonly List<long> keys = [];

    /// <summary>Starts a pattern for an <paramref name="order"/>×<paramref name="order"/> matrix.</summary>
    public CscPatternBuilder(int order)
    {
        Order = order;
    }

    /// <summary>Matrix order n.</summary>
    public int Order { get; }

    /// <summary>Records a stamp at (<paramref name="row"/>, <paramref name="column"/>); returns its stamp id
    /// (translate it with the slot map <see cref="Build"/> returns).</summary>
    public int Add(int row, int column)
    {
        keys.Add(((long)column * Order) + row);
        return keys.Count - 1;
    }

    /// <summary>Column pointers (n + 1), row indices, and the value slot of every stamp id.</summary>
    public (int[] ColumnPointers, int[] RowIndices, int[] Slots) Build()
    {
        var sorted = keys.ToArray();
        var ids = new int[sorted.Length];
        for (var s = 0; s < ids.Length; s++)
        {
            ids[s] = s;
        }

        Array.Sort(sorted, ids);
        var slots = new int[sorted.Length];
        var rows = new List<int>(sorted.Length / 2);
        var pointers = new int[Order + 1];
        long previous = -1;
        for (var s = 0; s < sorted.Length; s++)
        {
            if (sorted[s] != previous)
            {
                previous = sorted[s];
                rows.Add((int)(sorted[s] % Order));
                pointers[(int)(sorted[s] / Order) + 1]++;
            }

            slots[ids[s]] = rows.Count - 1;
        }

        for (var c = 0; c < Order; c++)
        {
            pointers[c + 1] += pointers[c];
        }

        return (pointers, [.. rows], slots);
    }
}
