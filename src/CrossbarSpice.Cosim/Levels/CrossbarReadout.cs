using System.Collections.Concurrent;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.ReadSchemes;
using CrossbarSpice.Mapping.Tiling;
using CrossbarSpice.Simulation.Arrays;

namespace CrossbarSpice.Cosim.Levels;

/// <summary>
/// One compiled crossbar matrix read like the circuit does: inputs applied as s·x volts (s the crossbar's input volts
/// per unit; bias row at s·<c>BiasInput</c>), every tile solved exactly with its wires, drivers and cells, the
/// partial column currents of row tiles summed, y_j = (I(2j) − I(2j+1)) / (k·V/unit). Ohmic tiles use their exact
/// linear map (one mat-vec per read); non-linear tiles are solved per read by one of a pool of solvers (one per
/// concurrent reader, each with its own factorisation). A bit-serial design (<see cref="ReadScheme"/>) is read once
/// per bit-plane, rows at 0 or ±V_read, and the planes' column currents combined with weights F·2^b / (2^k·V_read)
/// before the pair is subtracted; a 1S1M tile with ideal wires then needs no solve per plane: every cell sees 0 or
/// ±V_read, so its current is ±G_eff·V_read with G_eff taken once from the exact solution at V_read. Thread-safe.
/// </summary>
internal sealed class CrossbarReadout : ICrossbarRead, IDisposable
{
    private readonly LayerPlan layer;
    private readonly double voltsPerUnit;
    private readonly double biasVolts;
    private readonly ReadScheme scheme;
    private readonly List<(TileBlock Block, CrossbarTileCircuit Circuit, CrossbarLinearMap? Map, ConcurrentBag<CrossbarArraySolver> Pool)> tiles = [];

    // Bit-serial 1S1M tiles with ideal wires: G_eff at V_read, row-major, per tile (null: solve per plane).
    private readonly List<double[]?> planeSiemens = [];

    /// <summary>Prepares every tile of <paramref name="layer"/> with the design's wire, driver and cell options.</summary>
    /// <param name="layer">The crossbar's plan.</param>
    /// <param name="options">The design's options.</param>
    /// <param name="inputVoltsPerUnit">Volts per unit on the crossbar's rows (the manifest's crossbar field).</param>
    public CrossbarReadout(LayerPlan layer, ManifestOptions options, double inputVoltsPerUnit)
    {
        this.layer = layer;
        voltsPerUnit = inputVoltsPerUnit;
        biasVolts = inputVoltsPerUnit * layer.Layout.BiasInput;
        scheme = options.Reads();
        foreach (var tile in layer.Tiles)
        {
            var circuit = TileCircuits.For(tile, options);
            planeSiemens.Add(scheme.IsBitSerial && IsIdealSelectorTile(circuit) ? new WiredTileSolver().EffectiveSiemens(circuit, scheme.ReadVolts) : null);
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
        if (scheme.IsBitSerial)
        {
            ReadBitSerial(x, y);
            return;
        }

        var layout = layer.Layout;
        var columns = new double[layout.Columns];
        AddColumnAmps(RowVolts(x), 1.0, columns);

        var scale = layout.SiemensPerWeight * voltsPerUnit;
        for (var j = 0; j < layout.Outputs; j++)
        {
            y[j] = (columns[2 * j] - columns[(2 * j) + 1]) / scale;
        }
    }

    /// <summary>The power the row sources deliver while the matrix is read at <paramref name="x"/>: Σ over tiles of
    /// Σ_rows V_row·I_row of the exact solution (the energy report's array power). Bit-serial: the sum over the
    /// bit-planes of each plane's power, each plane being one read pulse, so that power × pulse width is the read's
    /// energy.</summary>
    public double SourceWatts(ReadOnlySpan<double> x)
    {
        if (scheme.IsBitSerial)
        {
            var units = RowUnits(x);
            var planeVolts = new double[units.Length];
            var total = 0.0;
            for (var b = 0; b < scheme.InputBits; b++)
            {
                scheme.PlaneRowVolts(units, b, planeVolts);
                total += TileWatts(planeVolts);
            }

            return total;
        }

        return TileWatts(RowVolts(x));
    }

    /// <summary>Σ over tiles of the row sources' power at <paramref name="rows"/>.</summary>
    private double TileWatts(double[] rows)
    {
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

    /// <summary>One bit-serial read: every plane through every tile, the planes' column currents weighted and summed.</summary>
    private void ReadBitSerial(ReadOnlySpan<double> x, Span<double> y)
    {
        var layout = layer.Layout;
        var units = RowUnits(x);
        var planeVolts = new double[layout.Rows];
        var columns = new double[layout.Columns];
        for (var b = 0; b < scheme.InputBits; b++)
        {
            scheme.PlaneRowVolts(units, b, planeVolts);
            if (Array.TrueForAll(planeVolts, v => v == 0))
            {
                continue;
            }

            AddColumnAmps(planeVolts, scheme.PlaneUnitsPerVolt(b), columns);
        }

        for (var j = 0; j < layout.Outputs; j++)
        {
            y[j] = (columns[2 * j] - columns[(2 * j) + 1]) / layout.SiemensPerWeight;
        }
    }

    /// <summary>
    /// A 1S1M tile with no wire, driver or readout resistance: every cell sees exactly its row's voltage, and the
    /// selector's law is odd in V, so a cell at ±V_read passes ±G_eff·V_read whatever the other rows carry.
    /// </summary>
    private static bool IsIdealSelectorTile(CrossbarTileCircuit circuit) =>
        circuit.CellKind == CrossbarCellKind.Selector && circuit.RowSegmentOhms == 0 && circuit.ColumnSegmentOhms == 0
        && circuit.DriverOutputOhms == 0 && circuit.ReadoutInputOhms == 0;

    /// <summary>Row inputs of a bit-serial read, network units: the inputs, then the bias input.</summary>
    private double[] RowUnits(ReadOnlySpan<double> x)
    {
        var layout = layer.Layout;
        var rows = new double[layout.Rows];
        x[..layout.Inputs].CopyTo(rows);
        if (layout.HasBiasRow)
        {
            rows[layout.Inputs] = layout.BiasInput;
        }

        return rows;
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

    /// <summary>Adds <paramref name="weight"/> × every tile's column currents at row voltages <paramref name="rowVolts"/>
    /// into <paramref name="columns"/>: an ohmic tile by its linear map, a bit-serial ideal-wire 1S1M tile by its
    /// effective conductances, any other tile by an exact solve.</summary>
    private void AddColumnAmps(double[] rowVolts, double weight, double[] columns)
    {
        for (var t = 0; t < tiles.Count; t++)
        {
            var (block, circuit, map, pool) = tiles[t];
            var partial = new double[block.ColumnCount];
            var slice = rowVolts.AsSpan(block.RowStart, block.RowCount);
            if (map is not null)
            {
                map.Apply(slice, partial);
            }
            else if (planeSiemens[t] is { } g)
            {
                for (var r = 0; r < block.RowCount; r++)
                {
                    var v = slice[r];
                    if (v == 0)
                    {
                        continue;
                    }

                    for (var c = 0; c < partial.Length; c++)
                    {
                        partial[c] += g[(r * block.ColumnCount) + c] * v;
                    }
                }
            }
            else
            {
                SolvePooled(circuit, pool, slice, partial);
            }

            for (var c = 0; c < partial.Length; c++)
            {
                columns[block.ColumnStart + c] += partial[c] * weight;
            }
        }
    }

    /// <summary>Solves one read of a non-linear tile on a solver taken from its pool (or a new one), returned after.</summary>
    private static void SolvePooled(CrossbarTileCircuit circuit, ConcurrentBag<CrossbarArraySolver> pool, ReadOnlySpan<double> rowVolts, Span<double> columnAmps)
    {
        var solver = pool.TryTake(out var free) ? free : new CrossbarArraySolver(circuit);
        try
        {
            solver.SolveColumnCurrents(rowVolts, columnAmps);
        }
        finally
        {
            pool.Add(solver);
        }
    }
}
