using System.Globalization;
using CrossbarSpice.Mapping.Compensation;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.Randomness;

namespace CrossbarSpice.Circuits.Compilation.IrDrop;

/// <summary>
/// <c>--tile auto</c>: the largest square power-of-two tile for one crossbar matrix whose wired-vs-mapped output error
/// stays within <see cref="CompileOptions.MaxWireErrorVolts"/>. Candidates run from the smallest power of two that
/// holds the whole matrix (at most <see cref="CompileOptions.MaxTileRows"/> × <see cref="CompileOptions.MaxTileColumns"/>)
/// down to <see cref="SmallestTile"/>; the first within budget is taken, else the smallest (and the plan says it misses).
/// </summary>
public static class TileSizeSearch
{
    /// <summary>The smallest candidate tile, rows and columns.</summary>
    public const int SmallestTile = 8;

    /// <summary>Representative input vectors per matrix.</summary>
    public const int InputVectors = 16;

    /// <summary>What the representative inputs are, as recorded in the plan.</summary>
    public const string InputsDescription = "16 vectors, every input uniform in [0, 1] network units (seeded stream tile-auto/<matrix>), bias row at its bias input";

    /// <summary>The plan of <paramref name="matrix"/> on the tile chosen, with the choice recorded.</summary>
    public static LayerPlan Plan(CrossbarMatrix matrix, DeviceRange device, CompileOptions options, WiredTiles wired)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(wired);
        var budget = options.MaxWireErrorVolts ?? throw new ArgumentException("no wire error budget: --tile auto needs MaxWireErrorVolts", nameof(options));
        var rows = matrix.Weights.Inputs + (matrix.Bias is null ? 0 : 1);
        var columns = 2 * matrix.Weights.Outputs;
        var size = SmallestTile;
        while (size < Math.Max(rows, columns) && size * 2 <= Math.Min(options.MaxTileRows, options.MaxTileColumns))
        {
            size *= 2;
        }

        var inputs = Inputs(matrix, options);
        var tried = new List<TileSizeTrial>();
        while (true)
        {
            var plan = ConductancePlanner.PlanMatrix(matrix, device, options, size, size, wired);
            var error = ErrorVolts(plan, options, wired, inputs);
            tried.Add(new TileSizeTrial(size, size, error));
            var fits = error <= budget;
            if (fits || size <= SmallestTile)
            {
                return plan with
                {
                    TileChoice = new TileSizeChoice(size, size, budget, error, fits, options.Compensation != CompensationKind.None, InputsDescription, tried),
                };
            }

            size /= 2;
        }
    }

    /// <summary>
    /// Largest |y_wired − y_mapped| over the outputs of <paramref name="inputs"/>, V at the readout output
    /// (<see cref="CompileOptions.OutputVoltsPerUnit"/>): y_mapped of the mapped level's conductances with ideal wires,
    /// y_wired of the programmed tiles solved exactly, rows at <see cref="CompileOptions.InputVoltsPerUnit"/>.
    /// </summary>
    public static double ErrorVolts(LayerPlan plan, CompileOptions options, WiredTiles wired, IReadOnlyList<double[]> inputs)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(wired);
        ArgumentNullException.ThrowIfNull(inputs);
        var layout = plan.Layout;
        var volts = options.InputVoltsPerUnit;
        var rowVolts = inputs.Select(x =>
        {
            var v = new double[layout.Rows];
            for (var i = 0; i < layout.Inputs; i++)
            {
                v[i] = volts * x[i];
            }

            if (layout.HasBiasRow)
            {
                v[layout.Inputs] = volts * layout.BiasInput;
            }

            return v;
        }).ToList();
        var wiredAmps = rowVolts.Select(_ => new double[layout.Columns]).ToList();
        var mappedAmps = rowVolts.Select(_ => new double[layout.Columns]).ToList();
        foreach (var tile in plan.Tiles)
        {
            var block = tile.Block;
            var slices = rowVolts.Select(v => v.AsSpan(block.RowStart, block.RowCount).ToArray()).ToList();
            var circuit = TileCircuits.For(tile, options.SegmentOhms, options.DriverOhms, wired.Cell.Selector, wired.Cell.AccessTransistor);
            var solved = wired.Solver.ColumnAmps(circuit, slices);
            for (var s = 0; s < slices.Count; s++)
            {
                var ideal = tile.MappedConductances.ColumnCurrents(slices[s]);
                for (var c = 0; c < block.ColumnCount; c++)
                {
                    wiredAmps[s][block.ColumnStart + c] += solved[s][c];
                    mappedAmps[s][block.ColumnStart + c] += ideal[c];
                }
            }
        }

        var scale = layout.SiemensPerWeight * volts;
        var worst = 0.0;
        for (var s = 0; s < rowVolts.Count; s++)
        {
            for (var o = 0; o < layout.Outputs; o++)
            {
                var wiredY = (wiredAmps[s][2 * o] - wiredAmps[s][(2 * o) + 1]) / scale;
                var mappedY = (mappedAmps[s][2 * o] - mappedAmps[s][(2 * o) + 1]) / scale;
                worst = Math.Max(worst, Math.Abs(wiredY - mappedY));
            }
        }

        return worst * options.OutputVoltsPerUnit;
    }

    /// <summary>The representative inputs of <paramref name="matrix"/> (<see cref="InputsDescription"/>).</summary>
    public static IReadOnlyList<double[]> Inputs(CrossbarMatrix matrix, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(options);
        var stream = new SeedStream(options.Seed, string.Create(CultureInfo.InvariantCulture, $"tile-auto/{matrix.Name}"));
        return [.. Enumerable.Range(0, InputVectors).Select(_ => Enumerable.Range(0, matrix.Weights.Inputs).Select(_ => stream.NextUniform()).ToArray())];
    }
}
