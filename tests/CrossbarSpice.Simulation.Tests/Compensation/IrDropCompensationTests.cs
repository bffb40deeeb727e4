using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Compilation.IrDrop;
using CrossbarSpice.Mapping.Plans;
using static CrossbarSpice.Simulation.Tests.Compensation.CompensationCases;

namespace CrossbarSpice.Simulation.Tests.Compensation;

/// <summary>
/// IR-drop compensation against the exact solver: the wired weights of the compensated tiles (each tile's linear map,
/// computed here independently of the compensation) equal the trained weights.
/// </summary>
public sealed class IrDropCompensationTests
{
    /// <summary>Weight units: the tests' tolerance is 1e-8 of the device range, ≈ 1e-8·Wmax/headroom.</summary>
    private const double Tolerance = 1e-6;

    [Fact]
    public void Compensate_16x8TileWithBiasRowAndDriver_WiredWeightsEqualTrainedWeights()
    {
        // 15 inputs + bias row = 16 rows, 4 outputs = 8 columns: one tile, 2 Ω segments, 10 Ω drivers.
        var matrix = Dense(outputs: 4, inputs: 15, bias: true, seed: 3);
        var plain = Options(2, 16, 8, CompensationKind.None, driverOhms: 10);
        var compensated = plain with { Compensation = CompensationKind.IrDrop };

        var before = ConductancePlanner.PlanMatrix(matrix, Device, plain, Wired);
        var after = ConductancePlanner.PlanMatrix(matrix, Device, compensated, Wired);

        var errorBefore = MaxWeightError(WiredWeights(before, plain), matrix);
        var errorAfter = MaxWeightError(WiredWeights(after, compensated), matrix);
        Assert.Single(after.Tiles);
        Assert.True(errorBefore > 1e-3, $"the wires should cost something uncompensated: {errorBefore}");
        Assert.True(errorAfter < Tolerance, $"compensated: {errorAfter} (uncompensated {errorBefore})");
        var report = after.Compensation!;
        Assert.True(report.Converged);
        Assert.Equal(errorBefore, report.BeforeMax, 1e-9);
        Assert.True(report.AfterMax < Tolerance, report.ToString());
    }

    [Fact]
    public void Compensate_RowAndColumnTiles_PartialSumsGiveTrainedWeights()
    {
        // 40 inputs + bias = 41 rows on 16-row tiles (3 row tiles), 10 outputs = 20 columns on 8-column tiles (3 column tiles).
        var matrix = Dense(outputs: 10, inputs: 40, bias: true, seed: 4);
        var options = Options(2, 16, 8, CompensationKind.IrDrop);

        var plan = ConductancePlanner.PlanMatrix(matrix, Device, options, Wired);

        Assert.Equal(9, plan.Tiles.Count);
        Assert.True(MaxWeightError(WiredWeights(plan, options), matrix) < Tolerance);
    }

    [Fact]
    public void Compensate_TargetBeyondGmax_LowersTheScaleAndSaysSo()
    {
        // Every weight at +Wmax: the full-scale target puts every G+ at Gmax, which the wires' drop then needs more than.
        var matrix = Dense(outputs: 4, inputs: 64, bias: false, seed: 5, constantWeight: 1);
        var options = Options(2, 64, 8, CompensationKind.IrDrop);
        var fullScale = Device.GmaxSiemens - Device.GminSiemens;

        var plan = ConductancePlanner.PlanMatrix(matrix, Device, options, Wired);

        var report = plan.Compensation!;
        Assert.True(report.ScaleLowered, report.ToString());
        Assert.True(report.Headroom is > 0.05 and < 1, report.ToString());
        Assert.Equal(fullScale * report.Headroom, plan.Layout.SiemensPerWeight, 1e-15);
        Assert.Equal(0, report.Clipped);
        Assert.All(plan.Tiles.SelectMany(t => t.Programmed.Conductances.Siemens.ToArray()), g => Assert.InRange(g, Device.GminSiemens, Device.GmaxSiemens));
        Assert.True(MaxWeightError(WiredWeights(plan, options), matrix) < Tolerance);
        var csv = CompensationReport.Csv([plan]).Split('\n');
        Assert.StartsWith("fc,64,8,1,true,", csv[1], StringComparison.Ordinal);
        Assert.Contains(",true,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Compensate_NoScaleFits_KeepsFullScaleAndReportsTheClippedPairs()
    {
        // Gmin 0.9 mS on 128 rows behind 20 Ω segments: the idle cells alone starve the far rows, at any scale.
        var device = new Mapping.Conductances.DeviceRange(0.9e-3, 1e-3);
        var matrix = Dense(outputs: 2, inputs: 128, bias: false, seed: 12);
        var options = Options(20, 128, 4, CompensationKind.IrDrop);

        var plan = ConductancePlanner.PlanMatrix(matrix, device, options, Wired);

        var report = plan.Compensation!;
        Assert.Equal(1, report.Headroom);
        Assert.Equal(CompensatedLayerPlanner.MaxAttempts, report.Attempts);
        Assert.True(report.Clipped > 0, report.ToString());
        Assert.Equal(device.GmaxSiemens - device.GminSiemens, plan.Layout.SiemensPerWeight * matrix.Weights.Values.ToArray().Max(Math.Abs), 1e-15);
    }

    [Fact]
    public void Compensate_IdealWires_IsTheIdentity()
    {
        var matrix = Dense(outputs: 3, inputs: 10, bias: true, seed: 6);
        var plain = Options(0, 16, 8, CompensationKind.None) with { NonIdealities = Mapping.NonIdealities.NonIdealityOptions.None };

        var before = ConductancePlanner.PlanMatrix(matrix, Levelled(64), plain, Wired);
        var after = ConductancePlanner.PlanMatrix(matrix, Levelled(64), plain with { Compensation = CompensationKind.IrDrop }, Wired);

        Assert.Equal(0, after.Compensation!.Iterations);
        Assert.Equal(1, after.Compensation.Headroom);
        Assert.Equal(before.Tiles[0].Programmed.Conductances.Siemens.ToArray(), after.Tiles[0].Programmed.Conductances.Siemens.ToArray());
        Assert.Equal(before.EffectiveWeights().Weights, after.EffectiveWeights().Weights);
    }

    [Fact]
    public void Compensate_MappedLevelReadsTheQuantisedTarget_AndThePlanKeepsItOnDisk()
    {
        var matrix = Dense(outputs: 3, inputs: 15, bias: true, seed: 7);
        var options = Options(2, 16, 8, CompensationKind.IrDrop) with { NonIdealities = Mapping.NonIdealities.NonIdealityOptions.None };
        var device = Levelled(200);
        var plan = ConductancePlanner.PlanMatrix(matrix, device, options, Wired);
        var directory = Path.Combine(Path.GetTempPath(), "crossbarspice-irdrop-" + Guid.NewGuid().ToString("N"));
        try
        {
            ConductancePlanWriter.Write(new ConductancePlan(1, "card.json", device, options.NonIdealities, [plan]), directory);
            var read = ConductancePlanReader.Read(directory).Layers[0];

            Assert.Equal(plan.Tiles[0].Target!.Siemens.ToArray(), read.Tiles[0].Target!.Siemens.ToArray());
            Assert.Equal(plan.Tiles[0].Programmed.Conductances.Siemens.ToArray(), read.Tiles[0].Programmed.Conductances.Siemens.ToArray());
            Assert.Equal(plan.Compensation, read.Compensation);
            Assert.Equal(plan.EffectiveWeights().Weights, read.EffectiveWeights().Weights);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        // The mapped level: the trained weights on the card's levels (within half a level), not the pre-distorted ones.
        var halfLevel = (device.GmaxSiemens - device.GminSiemens) / 199 / 2 / plan.Layout.SiemensPerWeight;
        var (mapped, _) = plan.EffectiveWeights();
        var (predistorted, _) = Mapping.Schemes.EffectiveWeights.From(plan.ToTiledCrossbar().Assemble(), plan.Layout);
        var trained = matrix.Weights.Values.ToArray();
        Assert.All(mapped.Zip(trained), p => Assert.True(Math.Abs(p.First - p.Second) <= halfLevel * (1 + 1e-9), $"{p.First} vs {p.Second}"));
        Assert.True(predistorted.Zip(trained).Max(p => Math.Abs(p.First - p.Second)) > 4 * halfLevel);
    }
}
