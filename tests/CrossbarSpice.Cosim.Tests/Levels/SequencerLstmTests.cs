using System.Diagnostics;
using System.Globalization;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Reference;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;
using Xunit.Abstractions;

namespace CrossbarSpice.Cosim.Tests.Levels;

/// <summary>
/// The bundled sequencer's BiLSTM2D (netlists/examples/sequencer: 4 cells, I = 24, H = 6, 7 steps over each row and
/// column of 7×7 tokens) compiled on its own with its cell circuits (rows at 0.1 V/unit as behind the patch stage,
/// passive cells, 0 Ω wires — 2 Ω wires on 128-row tiles ruin the network already at wired, docs/sequencer.md —, quantised), fed the float64 tokens of test images; the rest of the network runs in float64
/// on its h outputs. Samples: CROSSBARSPICE_SEQUENCER_SAMPLES (default 20; docs/lstm-circuit.md used 200); volts per
/// unit of c: CROSSBARSPICE_LSTM_CELL_VOLTS (default 0.5).
/// </summary>
public sealed class SequencerLstmTests(ITestOutputHelper output) : IDisposable
{
    private static readonly Lazy<LabelledImages> TestImages = new(() => FashionMnist.Load(DatasetSplit.Test));
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-seqlstm-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData(LstmSigmoid.SixTransistor)]
    [InlineData(LstmSigmoid.General)]
    public void Characterised_SequencerBilstm2d_PerStepErrorAndAccuracy(LstmSigmoid sigmoid)
    {
        var samples = int.Parse(Environment.GetEnvironmentVariable("CROSSBARSPICE_SEQUENCER_SAMPLES") ?? "20", CultureInfo.InvariantCulture);
        var lstm = new LstmCircuitOptions(sigmoid, double.Parse(Environment.GetEnvironmentVariable("CROSSBARSPICE_LSTM_CELL_VOLTS") ?? "0.5", CultureInfo.InvariantCulture));
        var network = ModelLoader.Load(ExampleDesign.File("sequencer", "architecture.json"), ExampleDesign.File("sequencer", "weights.npz"));
        var index = network.Layers.ToList().FindIndex(l => l.Op is BiLstm2dLayer);
        var lstmLayer = network.Layers[index];
        var shapes = network.InferShapes();
        var tokens = new NetworkInput(lstmLayer.Inputs[0], shapes[lstmLayer.Inputs[0]]);
        var lstmGraph = new NetworkGraph { Name = "bilstm2d", Inputs = [tokens], Layers = [lstmLayer], Outputs = [lstmLayer.Outputs[0]] };
        var restGraph = new NetworkGraph
        {
            Name = "rest",
            Inputs = [new NetworkInput(lstmLayer.Outputs[0], shapes[lstmLayer.Outputs[0]])],
            Layers = [.. network.Layers.Skip(index + 1)],
            Outputs = network.Outputs,
        };
        var cardPath = Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json");
        var compiled = NetworkCompiler.Compile(
            lstmGraph,
            DeviceCardReader.ReadMemristor(cardPath),
            new CompileOptions { DesignName = "bilstm2d", Cell = CellKind.Passive, SegmentOhms = 0, InputVoltsPerUnit = 0.1, Process = ExampleDesign.Process, Lstm = lstm },
            new ManifestInputs(new ManifestFile("arch.json", "00"), [new ManifestFile("w.npz", "00")], new ManifestFile("card.json", "00")));
        CompiledDesignWriter.Write(compiled, directory);
        var stages = StagePlanner.Plan(lstmGraph, compiled.Manifest.Layers.SelectMany(l => l.Crossbars).ToDictionary(c => c.Name, c => c.SiemensPerWeight), 0.1, 0.1, true, lstm);

        var reference = new ReferenceNetwork(network);
        var rest = new ReferenceNetwork(restGraph);
        var images = Enumerable.Range(0, samples).ToList();
        var forwards = images.Select(i => reference.Forward(TestImages.Value.Pixels(i))).ToList();
        var inputs = forwards.Select(f => f[lstmLayer.Inputs[0]].Values.ToArray()).ToList();
        var expected = forwards.Select(f => f[lstmLayer.Outputs[0]].Values.ToArray()).ToList();

        using var wired = new WiredLevel(lstmGraph, compiled.Plan, compiled.Manifest, directory);
        using var level = new StagedLevel(lstmGraph, stages, new CharacterisedEvaluator(compiled.Manifest, compiled.Plan, directory, new NgspiceEngine()));
        level.Forward([inputs[0]], CancellationToken.None); // measure the tables outside the timing
        var clock = Stopwatch.StartNew();
        var actual = level.Forward(inputs, CancellationToken.None).Select(o => o[0]).ToList();
        var perImage = clock.Elapsed.TotalMilliseconds / samples;
        var fromWired = inputs.Select(x => wired.Forward(x)[0]).ToList();

        var (height, width, hidden) = (shapes[lstmLayer.Inputs[0]][0], shapes[lstmLayer.Inputs[0]][1], ((BiLstm2dLayer)lstmLayer.Op).Vertical.Forward.HiddenSize);
        var perStep = new double[7, 2];
        var counts = new int[7];
        var correct = new int[3];
        for (var s = 0; s < samples; s++)
        {
            for (var r = 0; r < height; r++)
            {
                for (var w = 0; w < width; w++)
                {
                    for (var cell = 0; cell < 4; cell++)
                    {
                        var step = cell switch { 0 => r, 1 => height - 1 - r, 2 => w, _ => width - 1 - w };
                        for (var k = 0; k < hidden; k++)
                        {
                            var at = (((((r * width) + w) * 4) + cell) * hidden) + k;
                            var delta = Math.Abs(actual[s][at] - expected[s][at]);
                            perStep[step, 0] += delta;
                            perStep[step, 1] = Math.Max(perStep[step, 1], delta);
                            counts[step]++;
                        }
                    }
                }
            }

            var label = TestImages.Value.Label(images[s]);
            correct[0] += ArgMax(forwards[s][network.Outputs[0]].Values.ToArray()) == label ? 1 : 0;
            correct[1] += ArgMax(rest.Forward(fromWired[s])[network.Outputs[0]].Values.ToArray()) == label ? 1 : 0;
            correct[2] += ArgMax(rest.Forward(actual[s])[network.Outputs[0]].Values.ToArray()) == label ? 1 : 0;
        }

        var wiredDelta = fromWired.Zip(expected, (a, e) => a.Zip(e, (x, y) => Math.Abs(x - y)).Average()).Average();
        var mappedNetwork = ReferenceNetwork.WithWeights(lstmGraph, compiled.Plan.Layers.ToDictionary(l => l.Name, l => l.EffectiveWeights(), StringComparer.Ordinal));
        var floatLstm = new ReferenceNetwork(lstmGraph);
        var mappedDelta = inputs.Select((x, s) => mappedNetwork.Forward(x)[lstmLayer.Outputs[0]].Values.ToArray().Zip(expected[s], (a, e) => Math.Abs(a - e)).Average()).Average();
        var floatDelta = inputs.Select((x, s) => floatLstm.Forward(x)[lstmLayer.Outputs[0]].Values.ToArray().Zip(expected[s], (a, e) => Math.Abs(a - e)).Average()).Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean |Δh| mapped vs float64 {mappedDelta:F4}; lstm-only float64 vs full float64 {floatDelta:F6}"));
        var circuitDelta = fromWired.Zip(actual, (a, e) => a.Zip(e, (x, y) => Math.Abs(x - y)).Average()).Average();
        var magnitude = expected.Average(e => e.Average(Math.Abs));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean |h| float64 {magnitude:F4}; mean |Δh| characterised vs wired {circuitDelta:F4}"));
        foreach (var warning in level.RangeLog.Warnings("characterised"))
        {
            output.WriteLine(warning);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sigmoid}, s_c = {lstm.CellVoltsPerUnit} V: {samples} images, {perImage:F1} ms per image (characterised BiLSTM2D)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy: float64 {correct[0]}/{samples}, wired LSTM {correct[1]}/{samples}, characterised LSTM {correct[2]}/{samples}; mean |Δh| wired vs float64 {wiredDelta:F4}"));
        var spiceSamples = int.Parse(Environment.GetEnvironmentVariable("CROSSBARSPICE_SEQUENCER_SPICE_SAMPLES") ?? "0", CultureInfo.InvariantCulture);
        if (spiceSamples > 0)
        {
            using var spice = new StagedLevel(lstmGraph, stages, new SpiceEvaluator(compiled.Manifest, directory, new NgspiceEngine(), 400));
            var spiceClock = Stopwatch.StartNew();
            var fromSpice = spice.Forward(inputs.Take(spiceSamples).ToList(), CancellationToken.None).Select(o => o[0]).ToList();
            var spiceTime = spiceClock.Elapsed.TotalSeconds / spiceSamples;
            var spiceDelta = fromSpice.Select((h, s) => h.Zip(actual[s], (a, e) => Math.Abs(a - e)).Max()).Max();
            var spiceVsFloat = fromSpice.Select((h, s) => h.Zip(expected[s], (a, e) => Math.Abs(a - e)).Average()).Average();
            var spiceCorrect = fromSpice.Select((h, s) => ArgMax(rest.Forward(h)[network.Outputs[0]].Values.ToArray()) == TestImages.Value.Label(images[s]) ? 1 : 0).Sum();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"spice: {spiceSamples} images, {spiceTime:F1} s per image; max |Δh| spice vs characterised {spiceDelta:F4}; mean |Δh| spice vs float64 {spiceVsFloat:F4}; accuracy {spiceCorrect}/{spiceSamples}"));
            Assert.True(spiceDelta < 0.01, $"spice vs characterised max |Δh| {spiceDelta}");
        }

        for (var n = 0; n < 7; n++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"step {n}: mean |Δh| {perStep[n, 0] / counts[n]:F4}, max {perStep[n, 1]:F4}"));
        }
    }

    private static int ArgMax(double[] values) => Array.IndexOf(values, values.Max());
}
