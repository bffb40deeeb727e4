using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Stages;
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
using Xunit.Abstractions;

namespace CrossbarSpice.Cosim.Tests.Levels;

/// <summary>
/// Max pooling at the circuit-stage levels: netlists/examples/bcu-small's weights with its 2×2 average pool replaced
/// by a max pool (conv 7×7×4 stride 3 → abs → max pool → dense 64→10 → bounded-linear tanh), compiled with passive
/// cells, ideal wires (the arrays then compute the mapped weights exactly) and 0.2 V per unit, so what remains between
/// wired and the circuit levels is the periphery: the abs circuits, [P2]'s voltage selectors and the readouts.
/// </summary>
public sealed class MaxPoolStageTests(ITestOutputHelper output) : IDisposable
{
    private const double VoltsPerUnit = 0.2;
    private static readonly Lazy<LabelledImages> TestImages = new(() => FashionMnist.Load(DatasetSplit.Test));
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-maxpool-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Compile_MaxPool_WritesTheSelectorDeckAndLibraryAndValidates()
    {
        var folder = Compile("deck", """{ "name": "pool1", "type": "maxPool2d", "kernel": 2 }""");

        var manifest = CompiledDesignValidator.Validate(folder);
        var design = CosimDesign.Open(folder);

        var stage = Assert.IsType<MaxStage>(design.Stages().Single(s => s.Layers[0] == "pool1"));
        Assert.Equal(("maxsel4", 4, "pool1/deck.cir"), (stage.Subcircuit, stage.InputSources.Count, stage.Deck));
        Assert.Equal("pool1/deck.cir", manifest.Layers.Single(l => l.Name == "pool1").Deck);
        var deck = File.ReadAllText(Path.Combine(folder, "pool1", "deck.cir"));
        Assert.Contains("Xmax in0 in1 in2 in3 out0 vdd vss maxsel4", deck, StringComparison.Ordinal);
        var library = File.ReadAllText(Path.Combine(folder, DesignPeriphery.LibraryPath));
        Assert.Contains(".subckt maxsel4 in1 in2 in3 in4 out vdd vss", library, StringComparison.Ordinal);
        Assert.Contains("XM4 in4 out m4o vdd vss opamp_cmos", library, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluators_DesignCompiledBeforeMaxPoolHadACircuit_AskForARecompile()
    {
        // Such a manifest records no deck for the pool (its periphery note gives the old reason); the stages are
        // re-planned from the network, so without the check ngspice would meet a missing deck or subcircuit.
        var folder = Compile("old", """{ "name": "pool1", "type": "maxPool2d", "kernel": 2 }""");
        var design = CosimDesign.Open(folder);
        var stage = design.Stages().OfType<MaxStage>().Single();
        var old = design.Folder.Manifest with
        {
            Layers = [.. design.Folder.Manifest.Layers.Select(l => l.Name == "pool1" ? l with { Deck = null, Periphery = "layer type maxPool2d has no periphery circuit in the compiled design yet" } : l)],
        };
        using var tables = new CharacterisedEvaluator(old, design.Folder.Plan, folder, new NgspiceEngine());
        using var spice = new SpiceEvaluator(old, folder, new NgspiceEngine(), 400);
        double[][] lanes = [[0.1, 0.2, 0.3, 0.4]];

        foreach (var evaluate in new Func<double[][][]>[] { () => tables.Evaluate(stage, lanes, CancellationToken.None), () => spice.Evaluate(stage, lanes, CancellationToken.None) })
        {
            var error = Assert.Throws<Core.Diagnostics.InputException>(evaluate);
            Assert.Equal("pool1", error.Location.Field);
            Assert.Contains("recompile it", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Levels_MaxPool_CharacterisedAndSpiceFollowWired()
    {
        // Bounds, volts at 0.2 V/unit. pool1: the selector's output is its largest input within 0.35 mV over ±1 V
        // (docs/circuits.md §7.5), on top of the abs circuits' error (≤ 0.19 mV on the cascoded op-amp, §9.3) and the
        // readouts': wired vs either circuit level ≤ 1 mV per element. characterised vs spice differ by the abs
        // tables' 1 mV interpolation and the selector's hand-over (≤ 0.1 mV): ≤ 1 mV on every layer. The outputs
        // (bounded-linear tanh behind fc1, 64 inputs) ≤ 10 mV from wired, as for the average-pooled BCU. Measured on
        // the two images: pool1 within 0.28 mV of wired at spice, 0.27 mV at characterised; outputs within 0.13 mV.
        var folder = Compile("levels", """{ "name": "pool1", "type": "maxPool2d", "kernel": 2 }""");
        var design = CosimDesign.Open(folder);
        var wired = design.Level(CosimLevel.Wired);
        using var characterised = (IDisposable)design.Level(CosimLevel.Characterised);
        using var spice = (IDisposable)design.Level(CosimLevel.Spice);
        var inputs = Enumerable.Range(0, 2).Select(TestImages.Value.Pixels).ToList();
        var fromSpice = ((IBatchLevelForward)spice).Forward(inputs, CancellationToken.None);
        var fromTables = ((IBatchLevelForward)characterised).Forward(inputs, CancellationToken.None);
        var pool = design.Network.Layers.ToList().FindIndex(l => l.Name == "pool1");
        for (var s = 0; s < inputs.Count; s++)
        {
            var expected = wired.Forward(inputs[s]);
            Assert.Contains(expected[pool], v => v > 0.5);
            for (var layer = 0; layer < expected.Count; layer++)
            {
                for (var i = 0; i < expected[layer].Length; i++)
                {
                    Close.Assert(fromSpice[s][layer][i] * VoltsPerUnit, fromTables[s][layer][i] * VoltsPerUnit, 0, 1e-3, $"sample {s} layer {layer} [{i}] characterised vs spice");
                }
            }

            output.WriteLine($"sample {s}: pool1 wired vs spice {MaxDelta(expected[pool], fromSpice[s][pool]) * 1e3:F4} mV, vs characterised {MaxDelta(expected[pool], fromTables[s][pool]) * 1e3:F4} mV; outputs wired vs spice {MaxDelta(expected[^1], fromSpice[s][^1]) * 1e3:F4} mV, characterised vs spice {MaxDelta(fromTables[s][^1], fromSpice[s][^1]) * 1e3:F4} mV");
            for (var i = 0; i < expected[pool].Length; i++)
            {
                Close.Assert(expected[pool][i] * VoltsPerUnit, fromSpice[s][pool][i] * VoltsPerUnit, 0, 1e-3, $"sample {s} pool1 [{i}] wired vs spice");
                Close.Assert(expected[pool][i] * VoltsPerUnit, fromTables[s][pool][i] * VoltsPerUnit, 0, 1e-3, $"sample {s} pool1 [{i}] wired vs characterised");
            }

            for (var i = 0; i < expected[^1].Length; i++)
            {
                Close.Assert(expected[^1][i] * VoltsPerUnit, fromSpice[s][^1][i] * VoltsPerUnit, 0, 10e-3, $"sample {s} output [{i}] wired vs spice");
            }
        }
    }

    [Fact]
    public void SelectorStage_RandomWindows_TableOfTheLargestInputMatchesSpice()
    {
        // The characterised selector is one table, output against the first input with the others at −VDD, read at
        // the window's max. It assumes the other super-diodes are off. Measured on the bench: an input 10 mV or more
        // below the max moves the output by < 1 µV; within 10 mV (the hand-over, both diodes on) the output rises
        // by up to 0.06 mV. Windows here: 300 uniform in [−0.8, 1] V and 100 with the two largest inputs 0–10 mV
        // apart. Measured: spice within 0.331 mV of the max, the table within 0.056 mV of spice (0.0095 mV on the
        // uniform windows). Bounds: table vs spice ≤ 0.1 mV; spice vs the ideal max ≤ 0.35 mV (circuits.md §7.5).
        var folder = Compile("random", """{ "name": "pool1", "type": "maxPool2d", "kernel": 2 }""");
        var design = CosimDesign.Open(folder);
        var stage = design.Stages().OfType<MaxStage>().Single();
        var random = new Random(18);
        var windows = new List<double[]>();
        for (var w = 0; w < 400; w++)
        {
            var volts = Enumerable.Range(0, 4).Select(_ => -0.8 + (1.8 * random.NextDouble())).ToArray();
            if (w >= 300)
            {
                var top = Array.IndexOf(volts, volts.Max());
                volts[(top + 1 + random.Next(3)) % 4] = volts[top] - (0.01 * random.NextDouble());
            }

            windows.Add([.. volts.Select(v => v / VoltsPerUnit)]);
        }

        using var tables = new CharacterisedEvaluator(design.Folder.Manifest, design.Folder.Plan, design.Folder.Root, new NgspiceEngine());
        using var spice = new SpiceEvaluator(design.Folder.Manifest, design.Folder.Root, new NgspiceEngine(), 400);
        var fromTables = tables.Evaluate(stage, windows, CancellationToken.None);
        var fromSpice = spice.Evaluate(stage, windows, CancellationToken.None);

        var worstCircuit = Enumerable.Range(0, windows.Count).Max(w => Math.Abs((fromSpice[w][0][0] - windows[w].Max()) * VoltsPerUnit));
        var worstTable = Enumerable.Range(0, windows.Count).Max(w => Math.Abs((fromSpice[w][0][0] - fromTables[w][0][0]) * VoltsPerUnit));
        var worstTableApart = Enumerable.Range(0, 300).Max(w => Math.Abs((fromSpice[w][0][0] - fromTables[w][0][0]) * VoltsPerUnit));
        output.WriteLine($"spice vs max {worstCircuit * 1e3:F4} mV; table vs spice {worstTable * 1e3:F4} mV (uniform windows {worstTableApart * 1e3:F4} mV)");
        for (var w = 0; w < windows.Count; w++)
        {
            var max = windows[w].Max() * VoltsPerUnit;
            var circuit = fromSpice[w][0][0] * VoltsPerUnit;
            Close.Assert(max, circuit, 0, 0.35e-3, $"window {w} spice vs max");
            Close.Assert(circuit, fromTables[w][0][0] * VoltsPerUnit, 0, 0.1e-3, $"window {w} table vs spice");
        }
    }

    [Fact]
    public void Levels_PaddedMaxPool_RepeatsARealInputForThePaddingAndFollowsWired()
    {
        // Kernel 3, stride 2, padding 1 on the 8×8 maps: 4×4 outputs again, the first row's and column's windows
        // partly padding. The padded positions repeat a real input of the window (no voltage stands for −∞), so the
        // 9-input selector's output is the window's max: within 1 mV of wired, as above (measured 0.24 mV).
        var folder = Compile("padded", """{ "name": "pool1", "type": "maxPool2d", "kernel": 3, "stride": 2, "padding": 1 }""");
        var design = CosimDesign.Open(folder);
        var stage = Assert.IsType<MaxStage>(design.Stages().Single(s => s.Layers[0] == "pool1"));
        Assert.Equal("maxsel9", stage.Subcircuit);
        var layer = design.Network.Layers.Single(l => l.Name == "pool1");
        var lanes = LayerCircuits.For(layer).Lanes(stage, layer, design.Network.InferShapes());
        var nets = Enumerable.Range(0, 4 * 8 * 8).Select(i => $"n{i}").ToArray();
        Assert.Equal(["n0", "n0", "n0", "n0", "n0", "n1", "n0", "n8", "n9"], lanes.Input(nets, 0, "0"));

        var input = TestImages.Value.Pixels(0);
        var expected = design.Level(CosimLevel.Wired).Forward(input);
        using var spice = (IDisposable)design.Level(CosimLevel.Spice);
        var actual = ((ILevelForward)spice).Forward(input);
        var pool = design.Network.Layers.ToList().IndexOf(layer);
        output.WriteLine($"padded pool1 wired vs spice {MaxDelta(expected[pool], actual[pool]) * 1e3:F4} mV");
        for (var i = 0; i < expected[pool].Length; i++)
        {
            Close.Assert(expected[pool][i] * VoltsPerUnit, actual[pool][i] * VoltsPerUnit, 0, 1e-3, $"spice pool1 [{i}]");
        }
    }

    private static double MaxDelta(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y) * VoltsPerUnit).Max();

    private string Compile(string name, string poolLayer)
    {
        var example = ExampleDesign.File("bcu-small", "architecture.json");
        var architecture = Path.Combine(directory, $"{name}.architecture.json");
        var text = File.ReadAllText(example);
        const string averagePool = """{ "name": "pool1", "type": "avgPool2d", "kernel": 2 }""";
        Assert.Contains(averagePool, text, StringComparison.Ordinal);
        File.WriteAllText(architecture, text.Replace(averagePool, poolLayer, StringComparison.Ordinal));
        var weights = ExampleDesign.File("bcu-small", "weights.npz");
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
}
