using CrossbarSpice.Circuits.Compilation.IrDrop;
using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// <see cref="IWiredTileSolver"/> on the exact array solver: what compile-weights hands the compiler for IR-drop
/// compensation and <c>--tile auto</c>. Each call builds (and frees) its own solver, so it is thread-safe.
/// </summary>
public sealed class WiredTileSolver : IWiredTileSolver
{
    /// <inheritdoc/>
    public double[] EffectiveSiemens(CrossbarTileCircuit tile, double operatingRowVolts)
    {
        ArgumentNullException.ThrowIfNull(tile);
        using var solver = new CrossbarArraySolver(tile);
        var columns = tile.Columns;
        var m = new double[tile.Rows * columns];
        if (solver.IsLinear)
        {
            var map = solver.ComputeLinearMap();
            for (var r = 0; r < tile.Rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    m[(r * columns) + c] = map[c, r];
                }
            }

            return m;
        }

        if (!double.IsFinite(operatingRowVolts) || operatingRowVolts <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(operatingRowVolts), operatingRowVolts, "a non-linear tile is linearised at a row voltage > 0");
        }

        var solution = solver.Solve(Enumerable.Repeat(operatingRowVolts, tile.Rows).ToArray());
        for (var r = 0; r < tile.Rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var g = tile.ConductanceSiemens(r, c);
                if (g == 0)
                {
                    continue;
                }

                // The memristor sits after the selector (row → selector → memristor → column) and before the access
                // transistor (row → memristor → transistor → column), as ArrayNetwork builds the cells.
                var memristorVolts = tile.CellKind == CrossbarCellKind.Selector
                    ? solution.MiddleNodeVolts(r, c) - solution.ColumnNodeVolts(r, c)
                    : solution.RowNodeVolts(r, c) - solution.MiddleNodeVolts(r, c);
                m[(r * columns) + c] = g * memristorVolts / operatingRowVolts;
            }
        }

        return m;
    }

    /// <inheritdoc/>
    public double[][] ColumnAmps(CrossbarTileCircuit tile, IReadOnlyList<double[]> rowVolts)
    {
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentNullException.ThrowIfNull(rowVolts);
        using var solver = new CrossbarArraySolver(tile);
        var map = solver.IsLinear ? solver.ComputeLinearMap() : null;
        var result = new double[rowVolts.Count][];
        for (var s = 0; s < rowVolts.Count; s++)
        {
            result[s] = new double[tile.Columns];
            if (map is not null)
            {
                map.Apply(rowVolts[s], result[s]);
            }
            else
            {
                solver.SolveColumnCurrents(rowVolts[s], result[s]);
            }
        }

        return result;
    }
}
