namespace CrossbarSpice.Mapping.Conductances;

/// <summary>
/// Device conductances of one crossbar array, in siemens, row-major: row = crossbar row (an input line),
/// column = physical crossbar column. A distinct type from weights so one cannot be passed for the other.
/// </summary>
public sealed class ConductanceMatrix
{
    private readonly double[] siemens;

    /// <summary>Creates a matrix; <paramref name="siemens"/> (row-major, Rows·Columns values, each ≥ 0 and finite) is copied.</summary>
    public ConductanceMatrix(int rows, int columns, ReadOnlySpan<double> siemens)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (siemens.Length != rows * columns)
        {
            throw new ArgumentException($"expected {rows}×{columns} = {rows * columns} values, got {siemens.Length}", nameof(siemens));
        }

        foreach (var g in siemens)
        {
            if (!double.IsFinite(g) || g < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(siemens), g, "conductances must be finite and ≥ 0 S");
            }
        }

        Rows = rows;
        Columns = columns;
        this.siemens = siemens.ToArray();
    }

    /// <summary>Crossbar rows (input lines).</summary>
    public int Rows { get; }

    /// <summary>Physical crossbar columns.</summary>
    public int Columns { get; }

    /// <summary>Conductance of the cell at (<paramref name="row"/>, <paramref name="column"/>), S.</summary>
    public double this[int row, int column] => siemens[(row * Columns) + column];

    /// <summary>All conductances, row-major, S.</summary>
    public ReadOnlySpan<double> Siemens => siemens;

    /// <summary>The block of <paramref name="rowCount"/> rows and <paramref name="columnCount"/> columns starting at the given corner.</summary>
    public ConductanceMatrix Slice(int rowStart, int rowCount, int columnStart, int columnCount)
    {
        if (rowStart < 0 || columnStart < 0 || rowCount <= 0 || columnCount <= 0 || rowStart + rowCount > Rows || columnStart + columnCount > Columns)
        {
            throw new ArgumentOutOfRangeException(nameof(rowStart), $"block [{rowStart}+{rowCount}, {columnStart}+{columnCount}] is outside {Rows}×{Columns}");
        }

        var block = new double[rowCount * columnCount];
        for (var r = 0; r < rowCount; r++)
        {
            Array.Copy(siemens, ((rowStart + r) * Columns) + columnStart, block, r * columnCount, columnCount);
        }

        return new ConductanceMatrix(rowCount, columnCount, block);
    }

    /// <summary>Column currents I_j = Σ_i V_i·G_ij (A) for row voltages <paramref name="rowVolts"/> (V), ideal wires.</summary>
    public double[] ColumnCurrents(ReadOnlySpan<double> rowVolts)
    {
        if (rowVolts.Length != Rows)
        {
            throw new ArgumentException($"expected {Rows} row voltages, got {rowVolts.Length}", nameof(rowVolts));
        }

        var currents = new double[Columns];
        for (var r = 0; r < Rows; r++)
        {
            var v = rowVolts[r];
            var row = siemens.AsSpan(r * Columns, Columns);
            for (var c = 0; c < Columns; c++)
            {
                currents[c] += v * row[c];
            }
        }

        return currents;
    }
}
