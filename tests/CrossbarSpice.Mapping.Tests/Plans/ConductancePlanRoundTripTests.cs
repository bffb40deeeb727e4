using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Mapping.Schemes;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Mapping.Tests.Plans;

public sealed class ConductancePlanRoundTripTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-plan-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static ConductancePlan MakePlan(NonIdealityOptions options)
    {
        var device = new DeviceRange(1.0 / 12000, 1.0 / 1000, ConductanceLevels.Linear(200, 1.0 / 12000, 1.0 / 1000));
        var random = new Random(4);
        var w = Enumerable.Range(0, 40 * 150).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
        var b = Enumerable.Range(0, 40).Select(_ => random.NextDouble() - 0.5).ToArray();
        var mapped = WeightMapper.Map(w, 40, 150, b, device, MappingScheme.Linear);
        var tiles = TileGrid.Split(mapped.Layout.Rows, mapped.Layout.Columns, 64, 32)
            .Select(block => new TilePlan(block, ConductanceProgrammer.Program(
                mapped.Target.Slice(block.RowStart, block.RowCount, block.ColumnStart, block.ColumnCount), device, options, 9, $"fc1/{block.Name}")))
            .ToList();
        return new ConductancePlan(9, "ti-alox-taox-pt.json", device, options, [new LayerPlan("fc1", mapped.Layout, 64, 32, tiles)]);
    }

    [Fact]
    public void WriteThenRead_WithFaultsAndErrors_GivesBitIdenticalConductancesAndFaults()
    {
        var plan = MakePlan(new NonIdealityOptions { ProgrammingErrorSigma = 0.05, StuckAtLrsRate = 0.01, StuckAtHrsRate = 0.01 });

        ConductancePlanWriter.Write(plan, directory);
        var back = ConductancePlanReader.Read(directory);

        Assert.Equal(plan.Seed, back.Seed);
        Assert.Equal(plan.NonIdealities, back.NonIdealities);
        var layer = plan.Layers[0];
        var read = back.Layer("fc1");
        Assert.Equal(layer.Layout, read.Layout);
        Assert.Equal(layer.Tiles.Count, read.Tiles.Count);
        for (var t = 0; t < layer.Tiles.Count; t++)
        {
            Assert.Equal(layer.Tiles[t].Block, read.Tiles[t].Block);
            Assert.Equal(layer.Tiles[t].Programmed.Conductances.Siemens.ToArray(), read.Tiles[t].Programmed.Conductances.Siemens.ToArray());
            Assert.Equal(layer.Tiles[t].Programmed.Faults, read.Tiles[t].Programmed.Faults);
        }

        Assert.Equal(layer.EffectiveWeights().Weights, read.EffectiveWeights().Weights);
    }

    [Fact]
    public void EffectiveWeights_OfQuantisedPlan_AreWithinHalfALevelOfTheWeights()
    {
        var plan = MakePlan(NonIdealityOptions.None);
        var layer = plan.Layers[0];
        var (weights, _) = layer.EffectiveWeights();
        var random = new Random(4);
        var original = Enumerable.Range(0, 40 * 150).Select(_ => (random.NextDouble() * 2) - 1).ToArray();

        // One level step in weight units: (Gmax − Gmin)/199 / k; quantisation moves each device by ≤ half a step.
        var step = (plan.Device.GmaxSiemens - plan.Device.GminSiemens) / 199 / layer.Layout.SiemensPerWeight;
        for (var i = 0; i < original.Length; i++)
        {
            Assert.InRange(Math.Abs(weights[i] - original[i]), 0, (step / 2) + 1e-12);
        }
    }

    [Fact]
    public void Read_CorruptCell_NamesFileLineAndColumn()
    {
        ConductancePlanWriter.Write(MakePlan(NonIdealityOptions.None), directory);
        var tile = Path.Combine(directory, "fc1", "tile-r0-c0.csv");
        var lines = File.ReadAllLines(tile);
        lines[2] = "abc" + lines[2][lines[2].IndexOf(',', StringComparison.Ordinal)..];
        File.WriteAllLines(tile, lines);

        var error = Assert.Throws<InputException>(() => ConductancePlanReader.Read(directory));

        Assert.Contains("tile-r0-c0.csv:3:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("'abc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownJsonField_IsRejectedNamingIt()
    {
        ConductancePlanWriter.Write(MakePlan(NonIdealityOptions.None), directory);
        var json = Path.Combine(directory, "plan.json");
        File.WriteAllText(json, File.ReadAllText(json).Replace("\"seed\"", "\"sneed\": 1,\n  \"seed\"", StringComparison.Ordinal));

        var error = Assert.Throws<InputException>(() => ConductancePlanReader.Read(directory));

        Assert.Contains("plan.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("sneed", error.Message, StringComparison.Ordinal);
    }
}
