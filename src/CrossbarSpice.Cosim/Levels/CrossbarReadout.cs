using System.Collections.Concurrent;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.Tiling;
using CrossbarSpice.Simulation.Arrays;

namespace CrossbarSpice.Cosim.Levels;

/// <summary>
/// One compiled crossbar matrix read like the circuit does: inputs applied as s·x volts (s the crossbar's input volts
/// per unit; bias row at s·<c>BiasInput</c>), every tile solved exactly with its wires, drivers and cells, the
/// partial column currents of row tiles summed, y_j = (I(2j) − I(2j+1)) / (k·V/unit). Ohmic tiles use their exact
/// linear map (one mat-vec per read); non-linear tiles are solved per read by one of a pool of solvers (one per
/// concurrent reader, each with its own factorisation). Thread-safe.
/// </summary>
internal sealed class CrossbarReadout : ICrossbarRead, IDisposable
{
    private readonly LayerPlan layer;
    private readonly double voltsPerUnit;
    private readonly double biasVolts;
    private readonly List<(TileBlock Block, CrossbarTileCircuit Circuit, CrossbarLinearMap? Map, ConcurrentBag<CrossbarArraySolver> Pool)> tiles = [];

    /// <summary>Prepares every tile of <paramref name="layer"/> with the design's wire, driver and cell options.</summary>
    /// <param name="layer">The crossbar's plan.</param>
    /// <param name="options">The design's options.</param>
    /// <param name="inputVoltsPerUnit">Volts per unit on the crossbar's rows (the manifest's crossbar field).</param>
    public CrossbarReadout(LayerPlan layer, ManifestOptions options, double inputVoltsPerUnit)
    {
        this.layer = layer;
        voltsPerUnit = inputVoltsPerUnit;
        biasVolts = inputVoltsPerUnit * layer.Layout.BiasInput;
        foreach (var tile in layer.Tiles)
        {
            var circuit = TileCircuits.For(tile, options);
            var solver = new CrossbarArraySolver(circuit);
            var pool = new ConcurrentBag<CrossbarArraySolver>();
            if (solver.IsLinear)
            {
                tiles.Add((tile.Block, circuit, solver.ComputeLinearMap(), pool));
                solver.Dispose();
            }
            else
            {
                pool.Add(solver);
                tiles.Add((tile.Block, circuit, null, pool));
            }
        }
    }

    /// <summary>Inputs of the matrix (without the bias row).</summary>
    public int Inputs => layer.Layout.Inputs;

    /// <summary>Outputs of the matrix.</summary>
    public int Outputs => layer.Layout.Outputs;

    /// <summary>Reads the matrix at <paramref name="x"/> (network units) into <paramref name="y"/> (network units).</summary>
    public void Read(ReadOnlySpan<double> x, Span<double> y)
    {
        var layout = layer.Layout;
        var rows = RowVolts(x);
        var columns = new double[layout.Columns];
        foreach (var (block, circuit, map, pool) in tiles)
        {
            var partial = new double[block.ColumnCount];
            var slice = rows.AsSpan(block.RowStart, block.RowCount);
            if (map is not null)
            {
                map.Apply(slice, partial);
            }
            else
            {
                var solver = pool.TryTake(out var free) ? free : new CrossbarArraySolver(circuit);
                try
                {
                    solver.SolveColumnCurrents(slice, partial);
                }
                finally
                {
                    pool.Add(solver);
                }
            }

            for (var c = 0; c < partial.Length; c++)
            {
                columns[block.ColumnStart + c] += partial[c];
            }
        }

        var scale = layout.SiemensPerWeight * voltsPerUnit;
        for (var j = 0; j < layout.Outputs; j++)
        {
            y[j] = (columns[2 * j] - columns[(2 * j) + 1]) / scale;
        }
    }

    /// <summary>The power the row sources deliver while the matrix is read at <paramref name="x"/>: Σ over tiles of
    /// Σ_rows V_row·I_row of the exact solution (the energy report's array power).</summary>
    public double SourceWatts(ReadOnlySpan<double> x)
    {
        var rows = RowVolts(x);
        var watts = 0.0;
        foreach (var (block, circuit, _, pool) in tiles)
        {
            var solver = pool.TryTake(out var free) ? free : new CrossbarArraySolver(circuit);
            try
            {
                watts += solver.Solve(rows.AsSpan(block.RowStart, block.RowCount)).SourceWatts;
            }
            finally
            {
                pool.Add(solver);
            }
        }

        return watts;
    }

    /// <summary>Row voltages of a read: inputs × volts per unit, then the bias row.</summary>
    private double[] RowVolts(ReadOnlySpan<double> x)
    {
        var layout = layer.Layout;
        var rows = new double[layout.Rows];
        for (var i = 0; i < layout.Inputs; i++)
        {
            rows[i] = voltsPerUnit * x[i];
        }

        if (layout.HasBiasRow)
        {
            rows[layout.Inputs] = biasVolts;
        }

        return rows;
    }

    /// <summary>Frees the solvers' factorisations.</summary>
    public void Dispose()
    {
        foreach (var tile in tiles)
        {
            while (tile.Pool.TryTake(out var solver))
            {
                solver.Dispose();
            }
        }
    }
}
