using System.Diagnostics;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// Exact DC solver for one crossbar tile: the nodal equations of the circuit that
/// <see cref="CrossbarTileNetlistBuilder.BuildTestBench"/> writes (driver output resistances, every row and column
/// wire segment, every cell, the readout inputs), factorised by SuiteSparse KLU (BTF + AMD ordering, sparse LU).
/// </summary>
/// <remarks>
/// <para>Ohmic tiles are factored once, in the constructor; each <see cref="Solve(ReadOnlySpan{double})"/> is then
/// one forward/back substitution, and <see cref="ComputeLinearMap"/> gives the exact map from row voltages to column
/// currents. Tiles with selectors or access transistors are solved by damped Newton iteration
/// (<see cref="ArrayNewtonOptions"/>) on the same symbolic analysis, refactoring with the first factorisation's pivot
/// order; every solve starts from 0 V, so results do not depend on earlier calls.</para>
/// <para>How it plugs in: the co-simulation builds one solver per tile from the same <see cref="CrossbarTileCircuit"/>
/// it hands to the netlist builder, then calls <see cref="SolveColumnCurrents"/> per sample (or, for ohmic tiles,
/// <see cref="CrossbarLinearMap.Apply(ReadOnlySpan{double}, Span{double})"/>); the answers are those ngspice gives for
/// the test bench's <c>i(vcol{j})</c>. Not thread-safe (KLU solves in its own workspace): one solver per thread;
/// the linear map is immutable and may be shared.</para>
/// </remarks>
public sealed class CrossbarArraySolver : IDisposable
{
    private readonly ArrayNetwork network;
    private readonly ArrayAssembly assembly;
    private readonly ArrayEvaluator evaluator;
    private readonly SparseLu? lu;
    private readonly ArrayNewton? newton;
    private readonly TimeSpan assemblyTime;
    private readonly TimeSpan analysisTime;
    private readonly TimeSpan factorTime;
    private bool disposed;

    /// <summary>Builds, analyses and (for ohmic tiles) factors the tile's nodal matrix.</summary>
    /// <param name="tile">The tile.</param>
    /// <param name="newtonOptions">Convergence criteria for non-linear cells; null for the defaults.</param>
    /// <exception cref="SingularMatrixException">The nodal matrix is singular.</exception>
    /// <exception cref="SparseSolverException">KLU failed (e.g. out of memory).</exception>
    public CrossbarArraySolver(CrossbarTileCircuit tile, ArrayNewtonOptions? newtonOptions = null)
    {
        ArgumentNullException.ThrowIfNull(tile);
        var clock = Stopwatch.StartNew();
        network = ArrayNetwork.Build(tile);
        assembly = ArrayAssembly.Build(network);
        evaluator = new ArrayEvaluator(assembly);
        assemblyTime = clock.Elapsed;

        // Ideal wires, drivers and readouts on an ohmic tile leave no unknown: the currents are Σ V·G directly.
        lu = network.Unknowns > 0 ? new SparseLu(network.Unknowns, assembly.ColumnPointers, assembly.RowIndices) : null;
        analysisTime = clock.Elapsed - assemblyTime;
        if (lu is not null && IsLinear)
        {
            lu.Factor(assembly.LinearValues, reusePivots: false);
            factorTime = clock.Elapsed - assemblyTime - analysisTime;
        }
        else if (lu is not null)
        {
            newton = new ArrayNewton(evaluator, lu, newtonOptions ?? ArrayNewtonOptions.Default);
        }
    }

    /// <summary>The tile solved.</summary>
    public CrossbarTileCircuit Tile => network.Tile;

    /// <summary>True for ohmic tiles: the column currents are a linear map of the row voltages.</summary>
    public bool IsLinear => network.Devices.Count == 0;

    /// <summary>Matrix size, factor fill and KLU memory.</summary>
    public ArraySolverStatistics Statistics
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var (lower, upper) = lu?.FactorNonZeros ?? (0, 0);
            return new ArraySolverStatistics(network.Unknowns, lu?.NonZeros ?? 0, lower, upper, lu?.FactorFlops ?? 0, lu?.PeakBytes ?? 0, assemblyTime, analysisTime, factorTime);
        }
    }

    /// <summary>Solves the tile for row voltages <paramref name="rowVolts"/> (V, one per row).</summary>
    /// <exception cref="ArgumentException">Wrong number of voltages, or one not finite.</exception>
    /// <exception cref="ConvergenceException">Newton did not converge (non-linear cells).</exception>
    public CrossbarSolution Solve(ReadOnlySpan<double> rowVolts)
    {
        CheckInputs(rowVolts);
        var x = new double[network.Unknowns];
        var iterations = SolveNodes(rowVolts, x);
        var columns = new double[Tile.Columns];
        evaluator.ColumnCurrents(x, rowVolts, columns);
        return new CrossbarSolution(network, evaluator, x, rowVolts.ToArray(), columns, iterations);
    }

    /// <summary>Column currents, A (positive into the readouts), for row voltages <paramref name="rowVolts"/>, V.</summary>
    /// <exception cref="ArgumentException">Wrong span lengths, or a voltage not finite.</exception>
    /// <exception cref="ConvergenceException">Newton did not converge (non-linear cells).</exception>
    public void SolveColumnCurrents(ReadOnlySpan<double> rowVolts, Span<double> columnAmps)
    {
        CheckInputs(rowVolts);
        if (columnAmps.Length != Tile.Columns)
        {
            throw new ArgumentException($"{columnAmps.Length} outputs for {Tile.Columns} columns", nameof(columnAmps));
        }

        var x = new double[network.Unknowns];
        SolveNodes(rowVolts, x);
        evaluator.ColumnCurrents(x, rowVolts, columnAmps);
    }

    /// <summary>The exact linear map T (column currents = T · row voltages) of an ohmic tile: one solve per row, in
    /// blocks of right-hand sides.</summary>
    /// <exception cref="InvalidOperationException">The tile has non-linear cells.</exception>
    public CrossbarLinearMap ComputeLinearMap()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!IsLinear)
        {
            throw new InvalidOperationException($"a {Tile.CellKind} tile is not linear; solve it per input instead");
        }

        var rows = Tile.Rows;
        var n = network.Unknowns;
        var transfer = new double[Tile.Columns * rows];
        const int Block = 8;
        var block = new double[n * Block];
        var unit = new double[rows];
        var outputs = network.Linear.Where(branch => branch.Output >= 0).ToArray();
        for (var first = 0; first < rows; first += Block)
        {
            var count = Math.Min(Block, rows - first);
            Array.Clear(block);
            foreach (var (unknown, row, siemens) in assembly.SourceCoupling)
            {
                if (row >= first && row < first + count)
                {
                    block[((row - first) * n) + unknown] += siemens;
                }
            }

            lu?.Solve(block, count);

            for (var c = 0; c < count; c++)
            {
                var row = first + c;
                unit[row] = 1;
                var x = block.AsSpan(c * n, n);
                foreach (var branch in outputs)
                {
                    transfer[(branch.Output * rows) + row] += branch.Siemens *
                        (TerminalCode.Voltage(branch.A, x, unit) - TerminalCode.Voltage(branch.B, x, unit));
                }

                unit[row] = 0;
            }
        }

        return new CrossbarLinearMap(rows, Tile.Columns, transfer);
    }

    /// <summary>Frees the KLU factorisation.</summary>
    public void Dispose()
    {
        disposed = true;
        lu?.Dispose();
    }

    private int SolveNodes(ReadOnlySpan<double> rowVolts, double[] x)
    {
        if (newton is not null)
        {
            return newton.Solve(rowVolts, x);
        }

        foreach (var (unknown, row, siemens) in assembly.SourceCoupling)
        {
            x[unknown] += siemens * rowVolts[row];
        }

        lu?.Solve(x, 1);

        return 0;
    }

    private void CheckInputs(ReadOnlySpan<double> rowVolts)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (rowVolts.Length != Tile.Rows)
        {
            throw new ArgumentException($"{rowVolts.Length} row voltages for {Tile.Rows} rows", nameof(rowVolts));
        }

        foreach (var v in rowVolts)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException("row voltages must be finite", nameof(rowVolts));
            }
        }
    }
}
