using System.Globalization;

namespace CrossbarSpice.Circuits.Crossbar;

/// <summary>
/// Names of the nodes and elements that <see cref="CrossbarTileNetlistBuilder"/> writes, so manifests, tests and
/// the co-simulation can find them. Indices are 0-based: i a row, j a column.
/// </summary>
/// <remarks>
/// Inside the tile subcircuit: ports <c>row{i}</c> (row input, after the driver) and <c>col{j}</c> (column output,
/// the readout input); row node (i, j) is <c>r{i}_{j}</c>, column node (i, j) is <c>c{i}_{j}</c>, the cell's middle
/// node (1S1M, 1T1M) is <c>m{i}_{j}</c>, the word line is <c>wl</c>. An ideal wire (0 Ω segments) makes every node of
/// a row the port <c>row{i}</c> and every node of a column the port <c>col{j}</c>. Elements: row segment j of row i
/// <c>Rr{i}_{j}</c>, column segment after cell row i of column j <c>Rc{i}_{j}</c>, their capacitors to ground
/// <c>Cr{i}_{j}</c> (at row node (i, j)) and <c>Cc{i}_{j}</c> (at column node (i, j)), memristor <c>Rm{i}_{j}</c>,
/// selector <c>Bs{i}_{j}</c>, access transistor <c>Ma{i}_{j}</c> (model <c>acc_nmos</c>), word-line source
/// <c>Vwl</c>. In the test bench: row source <c>Vrow{i}</c> at node <c>in{i}</c> (or <c>row{i}</c> with an ideal
/// driver), driver resistor <c>Rdrv{i}</c>, readout sense source <c>Vcol{j}</c> (0 V) from <c>col{j}</c> to ground
/// or to node <c>ro{j}</c>, readout input resistor <c>Rro{j}</c>, tile instance <c>Xtile</c>.
/// </remarks>
public static class CrossbarTileNames
{
    /// <summary>Default name of the tile's <c>.subckt</c>.</summary>
    public const string DefaultSubcircuit = "crossbar_tile";

    /// <summary>Name of the tile instance in the test bench.</summary>
    public const string TileInstance = "Xtile";

    /// <summary>Name of the access transistors' model card.</summary>
    public const string TransistorModel = "acc_nmos";

    /// <summary>Word-line (gate) node inside the subcircuit.</summary>
    public const string WordLine = "wl";

    /// <summary>Port of row <paramref name="row"/>: the driver output, start of row segment 0.</summary>
    public static string RowPort(int row) => "row" + Text(row);

    /// <summary>Port of column <paramref name="column"/>: end of its last segment, the readout input.</summary>
    public static string ColumnPort(int column) => "col" + Text(column);

    /// <summary>Row node (i, j) inside the subcircuit: <c>r{i}_{j}</c>, or the row port when row segments are 0 Ω.</summary>
    public static string RowNode(CrossbarTileCircuit tile, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.RowSegmentOhms > 0 ? $"r{Text(row)}_{Text(column)}" : RowPort(row);
    }

    /// <summary>Column node (i, j) inside the subcircuit: <c>c{i}_{j}</c>, or the column port when column segments are 0 Ω.</summary>
    public static string ColumnNode(CrossbarTileCircuit tile, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.ColumnSegmentOhms > 0 ? $"c{Text(row)}_{Text(column)}" : ColumnPort(column);
    }

    /// <summary>Middle node of cell (i, j) (1S1M: selector–memristor; 1T1M: memristor–drain): <c>m{i}_{j}</c>.</summary>
    public static string MiddleNode(int row, int column) => $"m{Text(row)}_{Text(column)}";

    /// <summary>Test-bench node where row source <paramref name="row"/> is connected.</summary>
    public static string SourceNode(CrossbarTileCircuit tile, int row)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.DriverOutputOhms > 0 ? "in" + Text(row) : RowPort(row);
    }

    /// <summary>Test-bench source driving row <paramref name="row"/>: <c>Vrow{i}</c>.</summary>
    public static string RowSource(int row) => "Vrow" + Text(row);

    /// <summary>Test-bench 0 V source sensing the readout current of column <paramref name="column"/>: <c>Vcol{j}</c>.</summary>
    public static string ColumnSenseSource(int column) => "Vcol" + Text(column);

    /// <summary>Result-vector name of column <paramref name="column"/>'s output current, A (positive from the array into
    /// the readout): <c>i(vcol{j})</c>, as <c>SimulationResult</c> names it.</summary>
    public static string ColumnCurrentVector(int column) => "i(" + ColumnSenseSource(column).ToLowerInvariant() + ")";

    /// <summary>Result-vector name of a subcircuit node's voltage in the test bench, e.g. <c>v(xtile.r0_1)</c>; for a
    /// port, the top-level node <c>v(row0)</c>.</summary>
    public static string NodeVoltageVector(string subcircuitNode)
    {
        ArgumentNullException.ThrowIfNull(subcircuitNode);
        var isPort = subcircuitNode.StartsWith("row", StringComparison.Ordinal) || subcircuitNode.StartsWith("col", StringComparison.Ordinal);
        return isPort ? $"v({subcircuitNode})" : $"v({TileInstance.ToLowerInvariant()}.{subcircuitNode})";
    }

    private static string Text(int index) => index.ToString(CultureInfo.InvariantCulture);
}
