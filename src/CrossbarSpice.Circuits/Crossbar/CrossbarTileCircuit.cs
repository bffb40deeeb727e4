using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Circuits.Crossbar;

/// <summary>
/// The physical description of one crossbar tile, shared by the netlist builder
/// (<see cref="CrossbarTileNetlistBuilder"/>) and the array solver, so that both describe the same circuit.
/// </summary>
/// <remarks>
/// <para><b>Topology.</b> Row <c>i</c> (0 ≤ i &lt; <see cref="Rows"/>) is driven at its left end by an ideal source
/// of the row's input voltage through <see cref="DriverOutputOhms"/>. Its wire runs left → right with one segment of
/// <see cref="RowSegmentOhms"/> before each cell column: segment 0 joins the driver output to row node (i, 0),
/// segment j joins row node (i, j−1) to row node (i, j). Column <c>j</c> runs top → bottom with one segment of
/// <see cref="ColumnSegmentOhms"/> after each cell row: segment i joins column node (i, j) to column node (i+1, j),
/// and the last one (i = Rows−1) joins column node (Rows−1, j) to the readout input of column j. Cell (i, j) joins
/// row node (i, j) to column node (i, j) (see <see cref="CrossbarCellKind"/> for its inside).</para>
/// <para><b>Readout.</b> <see cref="ReadoutInputOhms"/> = 0: an ideal virtual ground, the readout input held at 0 V;
/// &gt; 0: a finite-gain transimpedance input, modelled as that resistance from the readout input to ground.
/// The output of column j is the current flowing from the array into its readout, A (positive into the readout).</para>
/// <para><b>Ideal parts.</b> A resistance of 0 is an ideal connection: the two nodes are one node, and no 0 Ω
/// resistor is written. A cell conductance of 0 is an absent cell: nothing is written for it.</para>
/// <para><b>Wire capacitance.</b> <see cref="RowSegmentFarads"/> and <see cref="ColumnSegmentFarads"/> put one
/// capacitor to ground per segment at the segment's cell end (row node (i, j), column node (i, j)); they change no DC
/// result and matter only to transient analyses. Cells carry no capacitance of their own.</para>
/// <para>Inputs are the row source voltages, V. The description is immutable.</para>
/// </remarks>
public sealed class CrossbarTileCircuit
{
    private readonly double[] conductances;

    /// <summary>Creates a tile from its cell conductances; everything else takes the defaults of its property.</summary>
    /// <param name="conductancesSiemens">Cell conductance, S, indexed [row, column]; each finite and ≥ 0
    /// (0 = no cell). At least 1×1. Copied.</param>
    /// <exception cref="ArgumentException">Empty matrix, or a conductance negative or not finite.</exception>
    public CrossbarTileCircuit(double[,] conductancesSiemens)
    {
        ArgumentNullException.ThrowIfNull(conductancesSiemens);
        Rows = conductancesSiemens.GetLength(0);
        Columns = conductancesSiemens.GetLength(1);
        if (Rows == 0 || Columns == 0)
        {
            throw new ArgumentException("a tile has at least one row and one column", nameof(conductancesSiemens));
        }

        conductances = new double[Rows * Columns];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                var g = conductancesSiemens[i, j];
                if (!double.IsFinite(g) || g < 0)
                {
                    throw new ArgumentException($"cell ({i}, {j}) has conductance {g}; it must be finite and ≥ 0 S", nameof(conductancesSiemens));
                }

                conductances[(i * Columns) + j] = g;
            }
        }
    }

    /// <summary>Number of rows (inputs), ≥ 1.</summary>
    public int Rows { get; }

    /// <summary>Number of columns (outputs), ≥ 1.</summary>
    public int Columns { get; }

    /// <summary>Resistance of each row-wire segment, Ω, ≥ 0, finite; 0 = ideal row wire. Default 0.</summary>
    public double RowSegmentOhms { get; init => field = CrossbarGuard.NonNegative(value, nameof(value)); }

    /// <summary>Resistance of each column-wire segment, Ω, ≥ 0, finite; 0 = ideal column wire. Default 0.</summary>
    public double ColumnSegmentOhms { get; init => field = CrossbarGuard.NonNegative(value, nameof(value)); }

    /// <summary>Capacitance to ground of each row-wire segment, F, ≥ 0, finite; 0 = not modelled. Default 0.</summary>
    /// <remarks>Lumped at the segment's cell end: row node (i, j) carries segment j's capacitance (with ideal row wires,
    /// the row port carries all of them). Capacitors change no DC result: they matter only to transient analyses.</remarks>
    public double RowSegmentFarads { get; init => field = CrossbarGuard.NonNegative(value, nameof(value)); }

    /// <summary>Capacitance to ground of each column-wire segment, F, ≥ 0, finite; 0 = not modelled. Default 0.</summary>
    /// <remarks>Lumped at the segment's cell end: column node (i, j) carries segment i's capacitance (with ideal column
    /// wires, the column port carries all of them, where the virtual ground holds them at 0 V).</remarks>
    public double ColumnSegmentFarads { get; init => field = CrossbarGuard.NonNegative(value, nameof(value)); }

    /// <summary>Output resistance of each row driver, Ω, ≥ 0, finite; 0 = ideal source at the row input. Default 0.</summary>
    public double DriverOutputOhms { get; init => field = CrossbarGuard.NonNegative(value, nameof(value)); }

    /// <summary>Input resistance of each column readout, Ω, ≥ 0, finite; 0 = ideal virtual ground. Default 0.</summary>
    public double ReadoutInputOhms { get; init => field = CrossbarGuard.NonNegative(value, nameof(value)); }

    /// <summary>Selector of every cell for 1S1M tiles, or null. Setting it makes the tile
    /// <see cref="CrossbarCellKind.Selector"/>; it cannot be combined with <see cref="AccessTransistor"/>.</summary>
    /// <exception cref="ArgumentException">An access transistor is already set.</exception>
    public ThresholdSelectorParameters? Selector
    {
        get;
        init => field = AccessTransistor is null || value is null
            ? value
            : throw new ArgumentException("a cell has a selector or an access transistor, not both", nameof(Selector));
    }

    /// <summary>Access transistor of every cell for 1T1M tiles, or null. Setting it makes the tile
    /// <see cref="CrossbarCellKind.AccessTransistor"/>; it cannot be combined with <see cref="Selector"/>.</summary>
    /// <exception cref="ArgumentException">A selector is already set.</exception>
    public AccessTransistorParameters? AccessTransistor
    {
        get;
        init => field = Selector is null || value is null
            ? value
            : throw new ArgumentException("a cell has a selector or an access transistor, not both", nameof(AccessTransistor));
    }

    /// <summary>What each cell is: derived from <see cref="Selector"/> and <see cref="AccessTransistor"/>.</summary>
    public CrossbarCellKind CellKind =>
        Selector is not null ? CrossbarCellKind.Selector
        : AccessTransistor is not null ? CrossbarCellKind.AccessTransistor
        : CrossbarCellKind.Ohmic;

    /// <summary>Conductance of the memristor of cell (<paramref name="row"/>, <paramref name="column"/>), S (0 = no cell).</summary>
    /// <param name="row">Row index, 0 ≤ row &lt; <see cref="Rows"/>.</param>
    /// <param name="column">Column index, 0 ≤ column &lt; <see cref="Columns"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public double ConductanceSiemens(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns);
        return conductances[(row * Columns) + column];
    }

    /// <summary>Every cell conductance, S, row-major (index row·<see cref="Columns"/> + column).</summary>
    public ReadOnlySpan<double> ConductancesSiemens => conductances;

    /// <summary>A copy of the cell conductances, S, indexed [row, column].</summary>
    public double[,] CopyConductancesSiemens()
    {
        var copy = new double[Rows, Columns];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                copy[i, j] = conductances[(i * Columns) + j];
            }
        }

        return copy;
    }

    /// <summary>Size, cell kind, wire resistances (and capacitances when modelled), for debugging.</summary>
    public override string ToString() =>
        FormattableString.Invariant(
            $"CrossbarTileCircuit {Rows}x{Columns} {CellKind}, row segment {RowSegmentOhms} Ω, column segment {ColumnSegmentOhms} Ω, driver {DriverOutputOhms} Ω, readout {ReadoutInputOhms} Ω")
        + (RowSegmentFarads > 0 || ColumnSegmentFarads > 0
            ? FormattableString.Invariant($", segment capacitance row {RowSegmentFarads} F, column {ColumnSegmentFarads} F")
            : string.Empty);
}
