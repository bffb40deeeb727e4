using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Compilation.IrDrop;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Simulation.Arrays;

namespace CrossbarSpice.Simulation.Tests.Compensation;

/// <summary>Seeded dense layers, the Ti/AlOx card's range (1–12 kΩ), and the wired weights a plan realises.</summary>
internal static class CompensationCases
{
    /// <summary>The device range of seed 003's card: 1/12 kΩ to 1/1 kΩ, continuous.</summary>
    public static DeviceRange Device { get; } = new(1 / 12e3, 1 / 1e3);

    /// <summary>The same range with <paramref name="count"/> linear levels.</summary>
    public static DeviceRange Levelled(int count) => new(Device.GminSiemens, Device.GmaxSiemens, Devices.Memristors.ConductanceLevels.Linear(count, Device.GminSiemens, Device.GmaxSiemens));

    /// <summary>Passive cells.</summary>
    public static CellParameters Passive { get; } = new(CellKind.Passive, null, null, "passive cell");

    /// <summary>The solver the compiler gets from the CLI.</summary>
    public static WiredTiles Wired { get; } = new(new WiredTileSolver(), Passive);

    /// <summary>A dense layer, weights uniform in [−1, 1], bias in [−0.5, 0.5] (or none), fixed seed.</summary>
    public static CrossbarMatrix Dense(int outputs, int inputs, bool bias, int seed, double? constantWeight = null)
    {
        var random = new Random(seed);
        var w = Enumerable.Range(0, outputs * inputs).Select(_ => constantWeight ?? ((2 * random.NextDouble()) - 1)).ToArray();
        var b = Enumerable.Range(0, outputs).Select(_ => random.NextDouble() - 0.5).ToArray();
        return new CrossbarMatrix("fc", "fc", "dense", new WeightMatrix("fc.weight", outputs, inputs, w), bias ? new BiasVector("fc.bias", b) : null);
    }

    /// <summary>Options: continuous conductances (no levels), the given wires, tile and compensation (tolerance 1e-8 of
    /// the range, tighter than the default, so that the tests can ask for 1e-6 in weight units).</summary>
    public static CompileOptions Options(double segmentOhms, int tileRows, int tileColumns, CompensationKind compensation, double driverOhms = 0) => new()
    {
        DesignName = "compensation-test",
        SegmentOhms = segmentOhms,
        DriverOhms = driverOhms,
        MaxTileRows = tileRows,
        MaxTileColumns = tileColumns,
        Compensation = compensation,
        CompensationSettings = new Mapping.Compensation.CompensationSettings(Tolerance: 1e-8),
        NonIdealities = NonIdealityOptions.None with { Quantise = false },
    };

    /// <summary>
    /// The weights [output, row] (bias row last, in bias-row units) the plan's tiles realise with their wires, from
    /// each tile's exact linear map (the solver directly, not the compensation's own bookkeeping).
    /// </summary>
    public static double[,] WiredWeights(LayerPlan plan, CompileOptions options)
    {
        var layout = plan.Layout;
        var w = new double[layout.Outputs, layout.Rows];
        foreach (var tile in plan.Tiles)
        {
            using var solver = new CrossbarArraySolver(TileCircuits.For(tile, options.SegmentOhms, options.DriverOhms, null, null));
            var map = solver.ComputeLinearMap();
            for (var r = 0; r < tile.Block.RowCount; r++)
            {
                for (var p = 0; p < tile.Block.ColumnCount / 2; p++)
                {
                    w[(tile.Block.ColumnStart / 2) + p, tile.Block.RowStart + r] += (map[2 * p, r] - map[(2 * p) + 1, r]) / layout.SiemensPerWeight;
                }
            }
        }

        return w;
    }

    /// <summary>Largest |wired − trained| over the weights and the bias (bias / bias input on the bias row).</summary>
    public static double MaxWeightError(double[,] wired, CrossbarMatrix matrix, double biasInput = 1)
    {
        var worst = 0.0;
        for (var o = 0; o < matrix.Weights.Outputs; o++)
        {
            for (var i = 0; i < matrix.Weights.Inputs; i++)
            {
                worst = Math.Max(worst, Math.Abs(wired[o, i] - matrix.Weights.Values[(o * matrix.Weights.Inputs) + i]));
            }

            if (matrix.Bias is { } bias)
            {
                worst = Math.Max(worst, Math.Abs(wired[o, matrix.Weights.Inputs] - (bias.Values[o] / biasInput)));
            }
        }

        return worst;
    }
}
