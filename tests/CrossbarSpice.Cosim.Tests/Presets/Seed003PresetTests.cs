using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Compilation.Presets;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Tests.Shared;

namespace CrossbarSpice.Cosim.Tests.Presets;

/// <summary>compile-weights --preset seed003 on the bundled BCU: [P3]'s layout and programming.</summary>
public sealed class Seed003PresetTests
{
    [Fact]
    public void Apply_Bcu_OneKernelArray82x28AndOneFcArray1401x20_WithFivePercentProgrammingError()
    {
        var folder = RepositoryRoot.Combine("netlists", "examples", "bcu");
        var network = ModelLoader.Load(Path.Combine(folder, "architecture.json"), [Path.Combine(folder, "weights.npz")]);
        var card = DeviceCardReader.ReadMemristor(RepositoryRoot.Combine("device-cards", "ti-alox-taox-pt.json"));
        var given = new CompileOptions { DesignName = "bcu", SegmentOhms = 0, NonIdealities = new NonIdealityOptions { Quantise = false } };

        var options = CompilePresets.Apply("seed003", given)!;
        var plan = ConductancePlanner.Plan(network, DeviceRange.FromCard(card), options, "ti-alox-taox-pt.json");

        Assert.Equal(0, options.SegmentOhms);
        Assert.Equal(0.05, options.NonIdealities.ProgrammingErrorSigma);
        Assert.True(options.NonIdealities.Quantise);
        var shapes = plan.Layers.Select(l => (l.Name, l.Tiles.Count, l.Tiles[0].Block.RowCount, l.Tiles[0].Block.ColumnCount)).ToList();
        Assert.Equal([("conv1", 1, 82, 28), ("fc1", 1, 1401, 20)], shapes);
        Assert.Equal(200, card.Levels.Count);
        Assert.All(plan.Layers.SelectMany(l => l.Tiles).SelectMany(t => t.Programmed.Conductances.Siemens.ToArray()), g => Assert.InRange(g, plan.Device.GminSiemens, plan.Device.GmaxSiemens));
    }

    [Fact]
    public void Apply_GivenProgrammingError_IsKept_UnknownNameIsNull()
    {
        var given = new CompileOptions { DesignName = "d", NonIdealities = new NonIdealityOptions { ProgrammingErrorSigma = 0.01 } };

        Assert.Equal(0.01, CompilePresets.Apply("seed003", given)!.NonIdealities.ProgrammingErrorSigma);
        Assert.Null(CompilePresets.Apply("seed999", given));
    }
}
