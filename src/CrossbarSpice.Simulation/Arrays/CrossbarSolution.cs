using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>The DC solution of one crossbar tile for one set of row voltages.</summary>
public sealed class CrossbarSolution
{
    private readonly ArrayNetwork network;
    private readonly double[] unknowns;
    private readonly double[] rowVolts;
    private readonly double[] columnAmps;

    internal CrossbarSolution(ArrayNetwork network, double[] unknowns, double[] rowVolts, double[] columnAmps, int iterations)
    {
        this.network = network;
        this.unknowns = unknowns;
        this.rowVolts = rowVolts;
        this.columnAmps = columnAmps;
        NewtonIterations = iterations;
    }

    /// <summary>The tile solved.</summary>
    public CrossbarTileCircuit Tile => network.Tile;

    /// <summary>Output current of each column, A, positive from the array into the readout.</summary>
    public IReadOnlyList<double> ColumnCurrentsAmps => columnAmps;

    /// <summary>The row source voltages, V.</summary>
    public IReadOnlyList<double> RowVolts => rowVolts;

    /// <summary>Newton iterations taken: 0 for an ohmic tile (one direct solve).</summary>
    public int NewtonIterations { get; }

    /// <summary>Voltage of row port <paramref name="row"/> (driver output), V.</summary>
    public double RowPortVolts(int row) => Volts(network.RowPort[row]);

    /// <summary>Voltage of column port <paramref name="column"/> (readout input), V.</summary>
    public double ColumnPortVolts(int column) => Volts(network.ColumnPort[column]);

    /// <summary>Voltage of row node (<paramref name="row"/>, <paramref name="column"/>), V.</summary>
    public double RowNodeVolts(int row, int column) => Volts(network.RowNode[Cell(row, column)]);

    /// <summary>Voltage of column node (<paramref name="row"/>, <paramref name="column"/>), V.</summary>
    public double ColumnNodeVolts(int row, int column) => Volts(network.ColumnNode[Cell(row, column)]);

    /// <summary>Voltage of the middle node of cell (<paramref name="row"/>, <paramref name="column"/>), V.</summary>
    /// <exception cref="InvalidOperationException">The cell has no middle node (ohmic tile or absent cell).</exception>
    public double MiddleNodeVolts(int row, int column)
    {
        var code = network.MiddleNode[Cell(row, column)];
        return TerminalCode.IsUnknown(code)
            ? unknowns[code]
            : throw new InvalidOperationException($"cell ({row}, {column}) has no middle node");
    }

    private double Volts(int code) => TerminalCode.Voltage(code, unknowns, rowVolts);

    private int Cell(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Tile.Rows);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Tile.Columns);
        return (row * Tile.Columns) + column;
    }
}
