namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// The exact linear map of an ohmic crossbar tile with its wires, drivers and readouts: column currents (A) =
/// T · row voltages (V), T in siemens, [column, row]. Computed from the tile's sparse factorisation with one solve
/// per row; applying it costs one dense matrix–vector product per sample. Immutable and thread-safe.
/// </summary>
public sealed class CrossbarLinearMap
{
    private readonly double[] transfer;

    internal CrossbarLinearMap(int rows, int columns, double[] transfer)
    {
        Rows = rows;
        Columns = columns;
        this.transfer = transfer;
    }

    /// <summary>Inputs (tile rows).</summary>
    public int Rows { get; }

    /// <summary>Outputs (tile columns).</summary>
    public int Columns { get; }

    /// <summary>T[column, row], S: the current into readout <paramref name="column"/> per volt on row <paramref name="row"/>.</summary>
    public double this[int column, int row] => transfer[(column * Rows) + row];

    /// <summary>A copy of T, S, indexed [column, row].</summary>
    public double[,] ToArray()
    {
        var copy = new double[Columns, Rows];
        for (var j = 0; j < Columns; j++)
        {
            for (var i = 0; i < Rows; i++)
            {
                copy[j, i] = transfer[(j * Rows) + i];
            }
        }

        return copy;
    }

    /// <summary>Column currents, A, for row voltages <paramref name="rowVolts"/>, V.</summary>
    /// <exception cref="ArgumentException">Wrong span lengths.</exception>
    public void Apply(ReadOnlySpan<double> rowVolts, Span<double> columnAmps)
    {
        if (rowVolts.Length != Rows || columnAmps.Length != Columns)
        {
            throw new ArgumentException($"the map takes {Rows} voltages and gives {Columns} currents");
        }

        var t = transfer.AsSpan();
        for (var j = 0; j < Columns; j++)
        {
            columnAmps[j] = Dot(t.Slice(j * Rows, Rows), rowVolts);
        }
    }

    /// <summary>Column currents, A, for row voltages <paramref name="rowVolts"/>, V.</summary>
    public double[] Apply(ReadOnlySpan<double> rowVolts)
    {
        var result = new double[Columns];
        Apply(rowVolts, result);
        return result;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var width = System.Numerics.Vector<double>.Count;
        var sum = System.Numerics.Vector<double>.Zero;
        var k = 0;
        for (; k <= a.Length - width; k += width)
        {
            sum += new System.Numerics.Vector<double>(a[k..]) * new System.Numerics.Vector<double>(b[k..]);
        }

        var total = System.Numerics.Vector.Sum(sum);
        for (; k < a.Length; k++)
        {
            total += a[k] * b[k];
        }

        return total;
    }
}
