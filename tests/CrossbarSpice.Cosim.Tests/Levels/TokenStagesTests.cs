using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Levels;

/// <summary>
/// The sequencer's layers other than the BiLSTM2D at the circuit-stage levels, on the token network of
/// Fixtures/make_token_net.py: patch conv 4×4 stride 4 (1→4) → permute → normalisation clamp ±1 → dense 4→8 ReLU →
/// dense 8→4 → normalisation clamp ±1 → permute → GAP → dense 4→3 on 8×8 crops of Fashion-MNIST test images, compiled
/// with passive cells, ideal wires (the arrays then compute the mapped weights exactly, so what remains is the
/// periphery) and 0.1 V per unit (V_N = 0.1 V).
/// </summary>
public sealed class TokenStagesTests : IDisposable
{
    private const double VoltsPerUnit = 0.1;
    private static readonly Lazy<LabelledImages> TestImages = new(() => FashionMnist.Load(DatasetSplit.Test));
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-tokens-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Plan_TokenNetwork_PermutesAreWiringDenseReadsOneLanePerTokenAndBothClampsAreTheNormalisationModule()
    {
        var design = CosimDesign.Open(Compile("plan"));
        var stages = design.Stages();

        Assert.Equal(
            ["CrossbarStage:patch", "WiringStage:tokens", "ElementStage:norm1", "CrossbarStage:fc1+fc1.relu", "CrossbarStage:fc2+norm2", "WiringStage:channels", "AverageStage:gap", "CrossbarStage:head"],
            stages.Select(s => $"{s.GetType().Name}:{string.Join("+", s.Layers)}"));
        var norm1 = Assert.IsType<ElementStage>(stages[2]).Circuit;
        var norm2 = Assert.IsType<CrossbarStage>(stages[4]).Tail!;
        Assert.All([norm1, norm2], c => Assert.Equal((ElementFunction.Normalisation, 0.1), (c.Function, c.LimitVolts)));
        Assert.Equal(ElementFunction.Relu, Assert.IsType<CrossbarStage>(stages[3]).Tail!.Function);
        Assert.Equal("gap4", Assert.IsType<AverageStage>(stages[6]).Subcircuit);

        // Lanes per sample: 2×2 patches, 16 elements, one per token (2×2 tokens), one per channel, one head read.
        var shapes = design.Network.InferShapes();
        var lanes = stages.Where(s => s is not WiringStage).ToDictionary(s => s.Layers[0], s => LanesOf(s, design.Network.Layers.Single(l => l.Name == s.Layers[0]), shapes).Count);
        Assert.Equal(new Dictionary<string, int> { ["patch"] = 4, ["norm1"] = 16, ["fc1"] = 4, ["fc2"] = 4, ["gap"] = 4, ["head"] = 1 }, lanes);

        var library = File.ReadAllText(Path.Combine(design.Folder.Root, DesignPeriphery.LibraryPath));
        Assert.Contains(".subckt normalisation ", library, StringComparison.Ordinal);
        Assert.Contains(".subckt clamp_lower ", library, StringComparison.Ordinal);
        Assert.Contains("normalisation", File.ReadAllText(Path.Combine(design.Folder.Root, "fc2", "deck.cir")), StringComparison.Ordinal);
    }

    [Fact]
    public void Levels_TokenNetwork_CharacterisedAndSpiceFollowMappedAndPermutesAreExact()
    {
        // Measured on the first 100 crops (volts at 0.1 V/unit): the arrays agree with mapped to 0.01 mV (ideal wires,
        // the readout's op-amp gain); the normalisation module clips with an error of up to 5.7 mV (its switch's R_on
        // over Rn3 = 10 kΩ, Table I), which the tables reproduce; mapped vs spice is at most 3.7 mV on the head;
        // characterised vs spice at most 2.5 mV, at inputs next to ±V_N, where the limiter's switch closes with a step
        // of a few mV that the 1 mV table interpolates across. Bounds: characterised vs spice ≤ 3 mV per output,
        // mapped vs either ≤ 8 mV per head output, the patch convolution ≤ 0.1 mV.
        var design = CosimDesign.Open(Compile("levels"));
        var mapped = design.Level(CosimLevel.Mapped);
        using var characterised = (IDisposable)design.Level(CosimLevel.Characterised);
        using var spice = (IDisposable)design.Level(CosimLevel.Spice);
        var inputs = Enumerable.Range(0, 4).Select(Crop).ToList();
        var fromSpice = ((IBatchLevelForward)spice).Forward(inputs, CancellationToken.None);
        var fromTables = ((IBatchLevelForward)characterised).Forward(inputs, CancellationToken.None);
        var names = design.Network.Layers.Select(l => l.Name).ToList();
        int patch = names.IndexOf("patch"), tokens = names.IndexOf("tokens"), fc2 = names.IndexOf("norm2"), channels = names.IndexOf("channels");
        var clamped = 0;
        for (var s = 0; s < inputs.Count; s++)
        {
            var expected = mapped.Forward(inputs[s]);
            foreach (var level in new[] { fromTables[s], fromSpice[s] })
            {
                for (int c = 0, t = 0; c < 4; c++)
                {
                    for (var p = 0; p < 4; p++, t++)
                    {
                        // [C, H, W] → [H, W, C] and back: exactly the same voltages, re-indexed.
                        Assert.Equal(level[patch][(c * 4) + p], level[tokens][(p * 4) + c]);
                        Assert.Equal(level[fc2][(p * 4) + c], level[channels][(c * 4) + p]);
                    }
                }

                for (var i = 0; i < expected[patch].Length; i++)
                {
                    Close.Assert(expected[patch][i] * VoltsPerUnit, level[patch][i] * VoltsPerUnit, 0, 0.1e-3, $"sample {s} patch [{i}]");
                }

                for (var i = 0; i < expected[^1].Length; i++)
                {
                    Close.Assert(expected[^1][i] * VoltsPerUnit, level[^1][i] * VoltsPerUnit, 0, 8e-3, $"sample {s} head [{i}] mapped vs circuit");
                }
            }

            for (var layer = 0; layer < names.Count; layer++)
            {
                for (var i = 0; i < expected[layer].Length; i++)
                {
                    Close.Assert(fromTables[s][layer][i] * VoltsPerUnit, fromSpice[s][layer][i] * VoltsPerUnit, 0, 3e-3, $"sample {s} {names[layer]} [{i}] characterised vs spice");
                }
            }

            clamped += expected[names.IndexOf("tokens")].Count(v => Math.Abs(v) > 1.1);
        }

        Assert.True(clamped > 10, $"only {clamped} inputs of norm1 beyond ±1.1: the clamp is hardly tested");
    }

    [Fact]
    public void SpiceLevel_WholeNetlist_WiresThePermutesLikeTheStages()
    {
        // One netlist for the whole network: the permutes are only a different choice of nets between the patch
        // crossbar's 4 instances and the 16 normalisation instances, and between fc2's clamps and the 4 averagers.
        // Stage by stage each stage's inputs are ideal sources; in the whole netlist the normalisation module's CMOS
        // buffer drives the next stage's resistors: fc1's rows and the GAP's 1 kΩ summing resistors (up to 0.2 mA),
        // which its closed-loop output resistance turns into a few mV. Measured on these crops: patch and tokens
        // identical (the same nets, re-indexed), every other output within 2.4 mV (norm2 into the averagers).
        // Bounds: 0.01 mV for patch and tokens, 3 mV elsewhere.
        var design = CosimDesign.Open(Compile("whole"));
        using var staged = (IDisposable)design.Level(CosimLevel.Spice);
        design.SpiceWholeNetlist = true;
        using var whole = (IDisposable)design.Level(CosimLevel.Spice);
        var names = design.Network.Layers.Select(l => l.Name).ToList();
        foreach (var input in Enumerable.Range(0, 2).Select(Crop))
        {
            var expected = ((ILevelForward)staged).Forward(input);
            var actual = ((ILevelForward)whole).Forward(input);
            for (var layer = 0; layer < expected.Count; layer++)
            {
                var bound = names[layer] is "patch" or "tokens" ? 0.01e-3 : 3e-3;
                for (var i = 0; i < expected[layer].Length; i++)
                {
                    Close.Assert(expected[layer][i] * VoltsPerUnit, actual[layer][i] * VoltsPerUnit, 0, bound, $"{names[layer]} [{i}]");
                }
            }
        }
    }

    [Fact]
    public void NormalisationStage_TableMatchesNgspiceDcBothWays()
    {
        // The table is the module's DC transfer swept upwards in 1 mV steps; ngspice solves the same stage deck at
        // lanes from −3.5 to 3.5 units (±0.35 V, on the table's 1 mV grid), once upwards and once downwards (each lane
        // starts from the previous lane's solution). Both must give the table's values within 0.1 mV: the module has
        // no hysteresis. With the limiters' comparators sensing the switched node (docs/circuits.md §5 as written) the
        // lower limiter latched and a downward sweep stayed at −V_N: 200 mV off; sensing the lower limiter's own input
        // left a 5 mV band of hysteresis, up to 9 mV off.
        var design = CosimDesign.Open(Compile("table"));
        var stage = design.Stages().OfType<ElementStage>().Single();
        using var tables = new CharacterisedEvaluator(design.Folder.Manifest, design.Folder.Plan, design.Folder.Root, new NgspiceEngine());
        using var spice = new SpiceEvaluator(design.Folder.Manifest, design.Folder.Root, new NgspiceEngine(), 400);
        var up = Enumerable.Range(0, 701).Select(i => new[] { -3.5 + (i * 0.01) }).ToList();
        var down = Enumerable.Reverse(up).ToList();

        var fromTable = tables.Evaluate(stage, up, CancellationToken.None);
        var fromUp = spice.Evaluate(stage, up, CancellationToken.None);
        var fromDown = spice.Evaluate(stage, down, CancellationToken.None);

        for (var i = 0; i < up.Count; i++)
        {
            var x = up[i][0];
            var table = fromTable[i][0][0] * VoltsPerUnit;
            Close.Assert(Math.Clamp(x, -1, 1) * VoltsPerUnit, table, 0, 10e-3, $"table at {x:F2} units vs clamp");
            Close.Assert(table, fromUp[i][0][0] * VoltsPerUnit, 0, 0.1e-3, $"table vs ngspice upwards at {x:F2} units");
            Close.Assert(table, fromDown[up.Count - 1 - i][0][0] * VoltsPerUnit, 0, 0.1e-3, $"table vs ngspice downwards at {x:F2} units");
        }
    }

    [Fact]
    public void GapStage_Sequencer_AveragesFortyNineTokensPerChannel()
    {
        // The sequencer's GAP reads [24, 7, 7] (channels first after the permute back): 24 lanes of 49 summing
        // resistors (gap49, 1 kΩ each) and a follower. Inputs ±1 unit (±0.1 V, the clamp's range). Measured: the
        // follower's offset and gain put spice within 0.30 mV of the mean; the table superposed from one input equals
        // spice to 0.1 µV (the averager is linear). Bounds: 1 mV and 0.01 mV.
        var folder = ExampleDesign.Compile("sequencer", Path.Combine(directory, "sequencer"), new CompileOptions { DesignName = "sequencer", Cell = CellKind.Passive, SegmentOhms = 0 });
        var design = CosimDesign.Open(folder);
        var gap = Assert.IsType<AverageStage>(design.Stages().Single(s => s.Layers[0] == "gap"));
        var layer = design.Network.Layers.Single(l => l.Name == "gap");
        var lanes = LayerCircuits.For(layer).Lanes(gap, layer, design.Network.InferShapes());
        Assert.Equal(("gap49", 49, 24), (gap.Subcircuit, gap.InputSources.Count, lanes.Count));

        var random = new Random(5);
        var tensor = Enumerable.Range(0, 24 * 49).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
        var inputs = Enumerable.Range(0, lanes.Count).Select(l => lanes.Input(tensor, l)).ToList();
        using var tables = new CharacterisedEvaluator(design.Folder.Manifest, design.Folder.Plan, design.Folder.Root, new NgspiceEngine());
        using var spice = new SpiceEvaluator(design.Folder.Manifest, design.Folder.Root, new NgspiceEngine(), 400);
        var fromTables = tables.Evaluate(gap, inputs, CancellationToken.None);
        var fromSpice = spice.Evaluate(gap, inputs, CancellationToken.None);

        for (var c = 0; c < 24; c++)
        {
            var mean = tensor.Skip(c * 49).Take(49).Average();
            Close.Assert(mean * VoltsPerUnit, fromSpice[c][0][0] * VoltsPerUnit, 0, 1e-3, $"channel {c}: spice vs mean");
            Close.Assert(fromSpice[c][0][0] * VoltsPerUnit, fromTables[c][0][0] * VoltsPerUnit, 0, 0.01e-3, $"channel {c}: table vs spice");
        }
    }

    [Fact]
    public void Plan_LayerNorm_IsSeed002sCircuitOneLanePerGroupWithItsGammaAndBeta()
    {
        var fixtures = Path.Combine(Decks.RepositoryRoot, "tests", "CrossbarSpice.Reference.Tests", "Fixtures");
        var network = ModelLoader.Load(Path.Combine(fixtures, "torch_seq.architecture.json"), Path.Combine(fixtures, "torch_seq.npz"));
        var k = network.Layers.Where(l => l.Op is Core.Network.DenseLayer or Core.Network.Conv2dLayer).ToDictionary(l => l.Name, _ => 1e-4);

        var stages = StagePlanner.Plan(network, k, 1, 0.1);

        // Seed 002's circuit (docs/circuits.md §15) is compiled: one lane per normalised group, a gain and a bias per
        // feature (γ, β), one input and one output net per feature, and its lanes solved alone at the spice level.
        var layer = network.Layers.Single(l => l.Op is Core.Network.LayerNormLayer);
        var stage = Assert.IsType<LayerNormStage>(stages.Single(s => s.Layers.Contains(layer.Name)));
        var features = stage.InputSources.Count;
        Assert.InRange(features, 2, 16);
        Assert.Equal(features, stage.Gains.Count);
        Assert.Equal(features, stage.BiasVolts.Count);
        Assert.Equal(features, stage.OutputNodes.Single().Count);
        Assert.True(stage.SolvesLanesAlone);
        Assert.All(network.Layers.Where(l => l.Op is Core.Network.PermuteLayer), l => Assert.IsType<WiringStage>(stages.Single(s => s.Layers.Contains(l.Name))));
    }

    private static double[] Crop(int sample)
    {
        var pixels = TestImages.Value.Pixels(sample);
        return [.. Enumerable.Range(0, 64).Select(i => pixels[((10 + (i / 8)) * 28) + 10 + (i % 8)])];
    }

    private string Compile(string name)
    {
        var architecture = Fixture("token_net.architecture.json");
        var weights = Fixture("token_net.npz");
        var cardPath = Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json");
        var inputs = new ManifestInputs(ManifestFile.Of(architecture), [ManifestFile.Of(weights)], ManifestFile.Of(cardPath));
        var compiled = NetworkCompiler.Compile(
            ModelLoader.Load(architecture, weights),
            DeviceCardReader.ReadMemristor(cardPath),
            new CompileOptions { DesignName = name, Cell = CellKind.Passive, SegmentOhms = 0, OutputVoltsPerUnit = VoltsPerUnit, Process = ExampleDesign.Process },
            inputs);
        var folder = Path.Combine(directory, name);
        CompiledDesignWriter.Write(compiled, folder);
        DesignNetworkCopy.Write(inputs, folder);
        return folder;
    }

    private static string Fixture(string file) => Path.Combine(Decks.RepositoryRoot, "tests", "CrossbarSpice.Simulation.Tests", "Fixtures", file);

    private static StageLanes LanesOf(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes) => LayerCircuits.For(layer).Lanes(stage, layer, shapes);
}
