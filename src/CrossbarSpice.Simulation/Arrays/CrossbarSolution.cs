using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>The DC solution of one crossbar tile for one set of row voltages.</summary>
public sealed class CrossbarSolution
{
    private readonly ArrayNetwork network;
    private readonly double[] unknowns;
    private readonly double[] rowVolts;
    private readonly double[] columnAmps;
    private readonly ArrayEvaluator evaluator;

    internal CrossbarSolution(ArrayNetwork network, ArrayEvaluator evaluator, double[] unknowns, double[] rowVolts, double[] columnAmps, int iterations)
    {
        this.network = network;
        this.evaluator = evaluator;
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

    /// <summary>Power dissipated in the tile, W: Σ G·(V_A − V_B)² over every linear branch (drivers, wire segments,
    /// memristors, readout inputs) plus Σ I·(V_A − V_B) over the non-linear devices (selectors, access transistors).</summary>
    public double DissipatedWatts
    {
        get
        {
            var watts = 0.0;
            foreach (var branch in network.Linear)
            {
                var drop = Volts(branch.A) - Volts(branch.B);
                watts += branch.Siemens * drop * drop;
            }

            foreach (var device in network.Devices)
            {
                var (va, vb) = (Volts(device.A), Volts(device.B));
                watts += evaluator.Device(va, vb).Current * (va - vb);
            }

            return watts;
        }
    }

    /// <summary>Current delivered by the source of each row into the tile, A (Σ of the branch currents leaving it).</summary>
    public IReadOnlyList<double> RowSourceAmps
    {
        get
        {
            var amps = new double[rowVolts.Length];
            foreach (var branch in network.Linear)
            {
                Attribute(branch.A, branch.B, branch.Siemens * (Volts(branch.A) - Volts(branch.B)), amps);
            }

            foreach (var device in network.Devices)
            {
                Attribute(device.A, device.B, evaluator.Device(Volts(device.A), Volts(device.B)).Current, amps);
            }

            return amps;
        }
    }

    /// <summary>Power the row sources deliver, W: Σ_rows V_row·I_row (equals <see cref="DissipatedWatts"/>: the
    /// readout inputs sit at 0 V and take no power).</summary>
    public double SourceWatts
    {
        get
        {
            var amps = RowSourceAmps;
            var watts = 0.0;
            for (var row = 0; row < rowVolts.Length; row++)
            {
                watts += rowVolts[row] * amps[row];
            }

            return watts;
        }
    }

    private static void Attribute(int a, int b, double current, double[] amps)
    {
        if (TerminalCode.InputRow(a) is var from and >= 0)
        {
            amps[from] += current;
        }

        if (TerminalCode.InputRow(b) is var to and >= 0)
        {
            amps[to] -= current;
        }
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
