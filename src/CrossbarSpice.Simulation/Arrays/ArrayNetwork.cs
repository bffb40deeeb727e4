using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// The nodal description of a <see cref="CrossbarTileCircuit"/> exactly as <see cref="CrossbarTileNetlistBuilder"/>
/// writes it (test bench included): unknown node voltages, linear branches (driver and readout resistances, wire
/// segments, memristors, GMIN across transistor junctions) and non-linear devices. 0 Ω parts merge their nodes.
/// </summary>
internal sealed class ArrayNetwork
{
    private readonly List<LinearBranch> linear = [];
    private readonly List<DeviceBranch> devices = [];

    private ArrayNetwork(CrossbarTileCircuit tile)
    {
        Tile = tile;
        RowPort = new int[tile.Rows];
        ColumnPort = new int[tile.Columns];
        RowNode = new int[tile.Rows * tile.Columns];
        ColumnNode = new int[tile.Rows * tile.Columns];
        MiddleNode = new int[tile.Rows * tile.Columns];
        Array.Fill(MiddleNode, TerminalCode.Ground);
    }

    /// <summary>The tile described.</summary>
    public CrossbarTileCircuit Tile { get; }

    /// <summary>Number of unknown node voltages.</summary>
    public int Unknowns { get; private set; }

    /// <summary>Terminal of each row port (driver output), by row.</summary>
    public int[] RowPort { get; }

    /// <summary>Terminal of each column port (readout input), by column.</summary>
    public int[] ColumnPort { get; }

    /// <summary>Terminal of row node (i, j), row-major.</summary>
    public int[] RowNode { get; }

    /// <summary>Terminal of column node (i, j), row-major.</summary>
    public int[] ColumnNode { get; }

    /// <summary>Terminal of the middle node of cell (i, j), row-major; ground when the cell has none.</summary>
    public int[] MiddleNode { get; }

    /// <summary>Linear branches.</summary>
    public IReadOnlyList<LinearBranch> Linear => linear;

    /// <summary>Non-linear devices: selectors (1S1M) or access transistors (1T1M), per present cell, row-major.</summary>
    public IReadOnlyList<DeviceBranch> Devices => devices;

    /// <summary>Builds the network of <paramref name="tile"/>.</summary>
    public static ArrayNetwork Build(CrossbarTileCircuit tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        var network = new ArrayNetwork(tile);
        network.AddRows();
        network.AddColumns();
        network.AddCells();
        return network;
    }

    private int NewUnknown() => Unknowns++;

    private void AddRows()
    {
        var tile = Tile;
        for (var i = 0; i < tile.Rows; i++)
        {
            RowPort[i] = TerminalCode.Input(i);
            if (tile.DriverOutputOhms > 0)
            {
                RowPort[i] = NewUnknown();
                AddLinear(TerminalCode.Input(i), RowPort[i], 1 / tile.DriverOutputOhms);
            }

            for (var j = 0; j < tile.Columns; j++)
            {
                var at = (i * tile.Columns) + j;
                var previous = j == 0 ? RowPort[i] : RowNode[at - 1];
                RowNode[at] = previous;
                if (tile.RowSegmentOhms > 0)
                {
                    RowNode[at] = NewUnknown();
                    AddLinear(previous, RowNode[at], 1 / tile.RowSegmentOhms);
                }
            }
        }
    }

    private void AddColumns()
    {
        var tile = Tile;
        for (var j = 0; j < tile.Columns; j++)
        {
            ColumnPort[j] = TerminalCode.Readout(j);
            if (tile.ReadoutInputOhms > 0)
            {
                ColumnPort[j] = NewUnknown();
                linear.Add(new LinearBranch(ColumnPort[j], TerminalCode.Ground, 1 / tile.ReadoutInputOhms, j));
            }
        }

        for (var i = tile.Rows - 1; i >= 0; i--)
        {
            for (var j = 0; j < tile.Columns; j++)
            {
                var at = (i * tile.Columns) + j;
                var next = i == tile.Rows - 1 ? ColumnPort[j] : ColumnNode[at + tile.Columns];
                ColumnNode[at] = next;
                if (tile.ColumnSegmentOhms > 0)
                {
                    ColumnNode[at] = NewUnknown();
                    AddLinear(ColumnNode[at], next, 1 / tile.ColumnSegmentOhms);
                }
            }
        }
    }

    private void AddCells()
    {
        var tile = Tile;
        var gmin = tile.AccessTransistor?.GminSiemens ?? 0;
        for (var at = 0; at < RowNode.Length; at++)
        {
            var g = tile.ConductancesSiemens[at];
            if (g == 0)
            {
                continue;
            }

            // The netlist holds a resistor of 1/g Ω; ngspice conducts 1/(1/g) S.
            var memristor = 1 / (1 / g);
            switch (tile.CellKind)
            {
                case CrossbarCellKind.Selector:
                    MiddleNode[at] = NewUnknown();
                    AddDevice(RowNode[at], MiddleNode[at]);
                    AddLinear(MiddleNode[at], ColumnNode[at], memristor);
                    break;
                case CrossbarCellKind.AccessTransistor:
                    MiddleNode[at] = NewUnknown();
                    AddLinear(RowNode[at], MiddleNode[at], memristor);
                    AddDevice(MiddleNode[at], ColumnNode[at]);
                    if (gmin > 0)
                    {
                        AddLinear(MiddleNode[at], TerminalCode.Ground, gmin);
                        AddLinear(ColumnNode[at], TerminalCode.Ground, gmin);
                    }

                    break;
                default:
                    AddLinear(RowNode[at], ColumnNode[at], memristor);
                    break;
            }
        }
    }

    /// <summary>Adds a conductance, oriented so that a readout input is B; drops branches that can carry no
    /// counted current and touch no unknown (both ends at 0 V, or a source with no readout).</summary>
    private void AddLinear(int a, int b, double siemens)
    {
        if (TerminalCode.ReadoutColumn(a) >= 0)
        {
            (a, b) = (b, a);
        }

        var output = TerminalCode.ReadoutColumn(b);
        if (!TerminalCode.IsUnknown(a) && !TerminalCode.IsUnknown(b) && (output < 0 || TerminalCode.InputRow(a) < 0))
        {
            return;
        }

        linear.Add(new LinearBranch(a, b, siemens, output));
    }

    private void AddDevice(int a, int b) => devices.Add(new DeviceBranch(a, b, TerminalCode.ReadoutColumn(b)));
}
