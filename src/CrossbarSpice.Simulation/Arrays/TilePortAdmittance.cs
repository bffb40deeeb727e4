using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// The exact multi-port equivalent of an ohmic crossbar tile's subcircuit (wires and memristors between its row ports
/// and column ports, as <see cref="CrossbarTileNetlistBuilder.BuildSubcircuit"/> writes it): the admittance matrix
/// Y = A_pp − A_pi·A_ii⁻¹·A_ip of its nodal matrix reduced onto the ports (the Schur complement, Kron reduction), so
/// that the currents into the ports are I = Y·V for any port voltages V. A_ii (the wire nodes) is factored once by KLU
/// (<see cref="SparseLu"/>) and solved for the port columns in blocks.
/// </summary>
/// <remarks>
/// Ports are ordered rows 0 … R−1, then columns 0 … C−1, as the subcircuit's port list. Conductances are those ngspice
/// stamps for the subcircuit's resistors: 1/R with R = 1/g written for a memristor, so 1/(1/g), and 1/R for a wire
/// segment. The tile has no path to ground (every branch joins two of its nodes), so each row of Y sums to zero up to
/// rounding and the reduced network is again a network of resistors between ports (conductance −Y_pq).
/// </remarks>
public sealed class TilePortAdmittance
{
    private const int SolveBlock = 32;
    private readonly double[] values;

    private TilePortAdmittance(int rows, int columns, int internalNodes, double[] values)
    {
        Rows = rows;
        Columns = columns;
        InternalNodes = internalNodes;
        this.values = values;
    }

    /// <summary>Row ports of the tile.</summary>
    public int Rows { get; }

    /// <summary>Column ports of the tile.</summary>
    public int Columns { get; }

    /// <summary>Ports: <see cref="Rows"/> + <see cref="Columns"/>.</summary>
    public int Ports => Rows + Columns;

    /// <summary>Wire nodes eliminated (unknowns of the full subcircuit besides its ports).</summary>
    public int InternalNodes { get; }

    /// <summary>Y[p, q], S: the current into port <paramref name="p"/> per volt on port <paramref name="q"/> (others at 0 V).</summary>
    public double this[int p, int q] => values[(p * Ports) + q];

    /// <summary>True when <paramref name="tile"/>'s subcircuit can be reduced: ohmic cells (no selector, no transistor).</summary>
    public static bool Supports(CrossbarTileCircuit tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.CellKind == CrossbarCellKind.Ohmic;
    }

    /// <summary>Reduces <paramref name="tile"/>'s subcircuit (driver and readout resistances are outside it and ignored).</summary>
    /// <exception cref="ArgumentException">The tile's cells are not ohmic.</exception>
    /// <exception cref="Engine.SingularMatrixException">A wire node is floating.</exception>
    public static TilePortAdmittance Compute(CrossbarTileCircuit tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        if (!Supports(tile))
        {
            throw new ArgumentException($"a {tile.CellKind} tile is not linear; only ohmic tiles have a port admittance", nameof(tile));
        }

        var rows = tile.Rows;
        var columns = tile.Columns;
        var ports = rows + columns;

        // Node numbering: ports first (0 … P−1), then wire nodes; a 0 Ω wire merges its nodes with the port.
        var next = ports;
        var rowNode = new int[rows * columns];
        var columnNode = new int[rows * columns];
        var branches = new List<(int A, int B, double G)>((3 * rows * columns) + 1);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var at = (i * columns) + j;
                var previous = j == 0 ? i : rowNode[at - 1];
                rowNode[at] = previous;
                if (tile.RowSegmentOhms > 0)
                {
                    rowNode[at] = next++;
                    branches.Add((previous, rowNode[at], 1 / tile.RowSegmentOhms));
                }
            }
        }

        for (var i = rows - 1; i >= 0; i--)
        {
            for (var j = 0; j < columns; j++)
            {
                var at = (i * columns) + j;
                var below = i == rows - 1 ? rows + j : columnNode[at + columns];
                columnNode[at] = below;
                if (tile.ColumnSegmentOhms > 0)
                {
                    columnNode[at] = next++;
                    branches.Add((columnNode[at], below, 1 / tile.ColumnSegmentOhms));
                }
            }
        }

        for (var at = 0; at < rows * columns; at++)
        {
            var g = tile.ConductancesSiemens[at];
            if (g > 0)
            {
                // The netlist holds a resistor of 1/g Ω; ngspice conducts 1/(1/g) S.
                branches.Add((rowNode[at], columnNode[at], 1 / (1 / g)));
            }
        }

        var inner = next - ports;
        var y = new double[ports * ports];
        var coupling = new List<(int Inner, int Port, double G)>[ports];
        for (var p = 0; p < ports; p++)
        {
            coupling[p] = [];
        }

        var pattern = new CscPatternBuilder(Math.Max(inner, 1));
        var stamps = new List<(int Slot, double Value)>();
        foreach (var (a, b, g) in branches)
        {
            AddPortPart(a, b, g);
            AddPortPart(b, a, g);
            if (a >= ports && b >= ports)
            {
                stamps.Add((pattern.Add(a - ports, b - ports), -g));
                stamps.Add((pattern.Add(b - ports, a - ports), -g));
            }

            if (a >= ports)
            {
                stamps.Add((pattern.Add(a - ports, a - ports), g));
            }

            if (b >= ports)
            {
                stamps.Add((pattern.Add(b - ports, b - ports), g));
            }
        }

        if (inner > 0)
        {
            ReduceInner(inner, ports, pattern, stamps, coupling, y);
        }

        return new TilePortAdmittance(rows, columns, inner, y);

        void AddPortPart(int a, int b, double g)
        {
            if (a >= ports)
            {
                return;
            }

            y[(a * ports) + a] += g;
            if (b < ports)
            {
                y[(a * ports) + b] -= g;
            }
            else
            {
                coupling[a].Add((b - ports, a, g));
            }
        }
    }

    /// <summary>Y −= G_pi·A_ii⁻¹·G_ip, solving A_ii for the ports' coupling columns in blocks.</summary>
    private static void ReduceInner(int inner, int ports, CscPatternBuilder pattern, List<(int Slot, double Value)> stamps, List<(int Inner, int Port, double G)>[] coupling, double[] y)
    {
        var (pointers, indices, slots) = pattern.Build();
        var matrix = new double[indices.Length];
        for (var s = 0; s < stamps.Count; s++)
        {
            matrix[slots[stamps[s].Slot]] += stamps[s].Value;
        }

        using var lu = new SparseLu(inner, pointers, indices);
        lu.Factor(matrix, reusePivots: false);
        var block = new double[inner * SolveBlock];
        for (var first = 0; first < ports; first += SolveBlock)
        {
            var count = Math.Min(SolveBlock, ports - first);
            Array.Clear(block);
            for (var k = 0; k < count; k++)
            {
                foreach (var (node, _, g) in coupling[first + k])
                {
                    block[(k * inner) + node] += g;
                }
            }

            lu.Solve(block, count);
            for (var k = 0; k < count; k++)
            {
                var q = first + k;
                var x = block.AsSpan(k * inner, inner);
                for (var p = 0; p < ports; p++)
                {
                    var sum = 0.0;
                    foreach (var (node, _, g) in coupling[p])
                    {
                        sum += g * x[node];
                    }

                    y[(p * ports) + q] -= sum;
                }
            }
        }
    }
}
