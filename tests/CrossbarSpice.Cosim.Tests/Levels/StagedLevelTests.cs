using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Runs;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Levels;

/// <summary>
/// The circuit-stage levels (characterised, spice) on netlists/examples/bcu-small compiled with passive cells at
/// 0.2 V per unit (conv 7×7×4 → abs → 2×2 average pool → dense 64→10 → bounded-linear tanh): every stage's periphery
/// is transistor level (BSIM3 CMOS op-amps) behind macromodel readouts.
/// </summary>
public sealed class StagedLevelTests : IDisposable
{
    private static readonly Lazy<LabelledImages> TestImages = new(() => FashionMnist.Load(DatasetSplit.Test));
    private static readonly Lazy<LabelledSamples> TestSamples = new(() => LabelledSamples.FromImages(TestImages.Value));
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-staged-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Levels_IdealWires_SpiceAndCharacterisedFollowMappedWithinTheCircuitsErrors()
    {
        // With 0 Ω wires the arrays compute the mapped weights exactly (wired = mapped to 1e-12, tested elsewhere), so
        // what remains between mapped and spice is the periphery: op-amp gain, the abs circuit's diodes (≈ 4 mV max
        // over its range, docs/periphery.md), the averager's offset. Bounds (volts at the design's 0.2 V/unit):
        // spice vs characterised ≤ 2 mV per output (interpolation of 1 mV tables, superposition in the averager),
        // mapped vs spice ≤ 10 mV per output on the final layer.
        var design = CosimDesign.Open(Compile("ideal-wires", segmentOhms: 0));
        var mapped = design.Level(CosimLevel.Mapped);
        using var characterised = (IDisposable)design.Level(CosimLevel.Characterised);
        using var spice = (IDisposable)design.Level(CosimLevel.Spice);
        var inputs = Enumerable.Range(0, 3).Select(TestImages.Value.Pixels).ToList();
        var fromSpice = ((IBatchLevelForward)spice).Forward(inputs, CancellationToken.None);
        var fromTables = ((IBatchLevelForward)characterised).Forward(inputs, CancellationToken.None);
        const double voltsPerUnit = 0.2;
        for (var s = 0; s < inputs.Count; s++)
        {
            var expected = mapped.Forward(inputs[s]);
            for (var layer = 0; layer < expected.Count; layer++)
            {
                for (var i = 0; i < expected[layer].Length; i++)
                {
                    Close.Assert(fromTables[s][layer][i] * voltsPerUnit, fromSpice[s][layer][i] * voltsPerUnit, 0, 2e-3, $"sample {s} layer {layer} [{i}] characterised vs spice");
                }
            }

            for (var i = 0; i < expected[^1].Length; i++)
            {
                Close.Assert(expected[^1][i] * voltsPerUnit, fromSpice[s][^1][i] * voltsPerUnit, 0, 10e-3, $"sample {s} output [{i}] mapped vs spice");
            }
        }
    }

    [Fact]
    public void Run_TwoOhmWires_SpiceAgreesWithCharacterisedOnEveryClass()
    {
        var design = Compile("wires", segmentOhms: 2);

        var report = CosimRunner.Run(
            new CosimRequest(design, [CosimLevel.Wired, CosimLevel.Characterised, CosimLevel.Spice], 4, Path.Combine(directory, "run")) { BatchSize = 4 },
            TestSamples.Value);

        Assert.Equal(4, report.Agreeing(1, 2));
        var fc1 = report.Layers.ToList().IndexOf("fc1");
        Assert.True(report.Samples.Max(s => s.MaxAbsDeltaVolts[fc1, 1]) < 2e-3, "characterised vs spice on fc1's readout");
    }

    [Fact]
    public void SpiceLevel_WholeNetlist_AgreesWithStageByStage()
    {
        // tiny-mlp (12 → 6 ReLU → 3): the whole-network netlist wires fc1's ReLU outputs straight into fc2's rows,
        // stage by stage they are sampled and re-applied by ideal sources. The ReLU's op-amp output drives the rows'
        // kΩ loads with a tiny output resistance, so both must agree within 0.5 mV per output (0.1 V/unit).
        var folder = ExampleDesign.Compile("tiny-mlp", Path.Combine(directory, "tiny"), new CompileOptions { DesignName = "tiny", Cell = CellKind.Passive, MaxTileRows = 8, MaxTileColumns = 8 });
        var design = CosimDesign.Open(folder);
        var input = Enumerable.Range(0, 12).Select(i => ((i * 7) % 12) / 12.0).ToArray();
        using var staged = (IDisposable)design.Level(CosimLevel.Spice);
        design.SpiceWholeNetlist = true;
        using var whole = (IDisposable)design.Level(CosimLevel.Spice);

        var expected = ((ILevelForward)staged).Forward(input);
        var actual = ((ILevelForward)whole).Forward(input);

        Assert.Equal(expected.Count, actual.Count);
        for (var layer = 0; layer < expected.Count; layer++)
        {
            for (var i = 0; i < expected[layer].Length; i++)
            {
                Close.Assert(expected[layer][i] * 0.1, actual[layer][i] * 0.1, 0, 0.5e-3, $"layer {layer} [{i}]");
            }
        }

        Assert.Contains(design.WholeNetlistOf(input).Items.OfType<Netlist.Elements.SubcircuitInstance>(), x => x.Name == "Xs0_0");
    }

    [Fact]
    public void Level_LayerWithoutCircuit_NamesTheLayer()
    {
        // The MLP compiled with the currents readout has no voltage outputs: the circuit levels refuse it.
        var folder = ExampleDesign.Compile("mlp-784-64-10", Path.Combine(directory, "currents"), new CompileOptions { DesignName = "currents", Cell = CellKind.Passive, Readout = ReadoutKind.Currents });
        var design = CosimDesign.Open(folder);

        var error = Assert.Throws<InputException>(() => design.Level(CosimLevel.Spice));

        Assert.Contains("differential readout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_CompiledWithoutProcess_SaysTheDesignHasNoPeripheryCircuits()
    {
        var architecture = ExampleDesign.File("bcu-small", "architecture.json");
        var weights = ExampleDesign.File("bcu-small", "weights.npz");
        var cardPath = Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json");
        var inputs = new ManifestInputs(ManifestFile.Of(architecture), [ManifestFile.Of(weights)], ManifestFile.Of(cardPath));
        var compiled = NetworkCompiler.Compile(
            Import.ModelLoader.Load(architecture, weights),
            Devices.Reading.DeviceCardReader.ReadMemristor(cardPath),
            new CompileOptions { DesignName = "bare", Cell = CellKind.Passive },
            inputs);
        var folder = Path.Combine(directory, "bare");
        CompiledDesignWriter.Write(compiled, folder);
        DesignNetworkCopy.Write(inputs, folder);

        Assert.Null(compiled.Manifest.Options.PeripheryProcess);
        Assert.Contains("without a CMOS process card", compiled.Manifest.Layers.Single(l => l.Name == "pool1").Periphery, StringComparison.Ordinal);
        var error = Assert.Throws<InputException>(() => CosimDesign.Open(folder).Level(CosimLevel.Characterised));
        Assert.Equal("conv1.abs", error.Location.Field);
        Assert.Contains("without a CMOS process card", error.Message, StringComparison.Ordinal);
    }


    private string Compile(string name, double segmentOhms) => ExampleDesign.Compile(
        "bcu-small",
        Path.Combine(directory, name),
        new CompileOptions { DesignName = name, SegmentOhms = segmentOhms, Cell = CellKind.Passive, OutputVoltsPerUnit = 0.2 });
}
