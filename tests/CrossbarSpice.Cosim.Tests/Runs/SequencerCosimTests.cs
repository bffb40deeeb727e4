using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Reference;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Runs;

/// <summary>The co-simulation levels on the bundled sequencer ([P0], netlists/examples/sequencer) compiled in-process.</summary>
public sealed class SequencerCosimTests : IDisposable
{
    private static readonly Lazy<LabelledImages> TestImages = new(() => FashionMnist.Load(DatasetSplit.Test));
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-sequencer-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Compile_Sequencer_PlansExactlyTheReferencesCrossbars()
    {
        var design = CosimDesign.Open(Compile("names", segmentOhms: 2, CellKind.Passive));

        Assert.Equal(
            CrossbarWeights.Extract(design.Network).Keys.Order(StringComparer.Ordinal),
            design.Folder.Plan.Layers.Select(l => l.Name).Order(StringComparer.Ordinal));
        Assert.Contains("block1.bilstm2d/horizontal/backward", design.Folder.Plan.Layers.Select(l => l.Name));
    }

    [Fact]
    public void Mapped_Sequencer_WeightsWithinHalfALevelAndOutputsWithinTheQuantisationBound()
    {
        // Linear scheme with 200 levels linear in G: G+ = Gmin + k·|w| snapped to the nearest level, G− = Gmin (a level),
        // so every weight and bias is off by at most δ = ΔG/(2k), ΔG = (Gmax − Gmin)/199. The patch layer is linear
        // on the same pixels (0…1) at both levels, so each of its outputs is off by at most δ·(16 pixels + bias) = 17δ.
        var design = CosimDesign.Open(Compile("mapped", segmentOhms: 2, CellKind.Passive));
        var card = DeviceCardReader.ReadMemristor(Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json"));
        var levels = card.Levels!.ConductancesSiemens;
        var gap = Enumerable.Range(1, levels.Count - 1).Max(i => levels[i] - levels[i - 1]);
        var trained = CrossbarWeights.Extract(design.Network);
        var bounds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var layer in design.Folder.Plan.Layers)
        {
            var delta = gap / (2 * layer.Layout.SiemensPerWeight);
            bounds[layer.Name] = delta;
            var (w, b) = layer.EffectiveWeights();
            var (w0, b0) = trained[layer.Name];
            var worst = w.Zip(w0, (x, y) => Math.Abs(x - y)).Concat(b.Zip(b0, (x, y) => Math.Abs(x - y))).Max();
            Assert.True(worst <= delta * (1 + 1e-9), $"{layer.Name}: a weight is off by {worst:R} > δ = {delta:R}");
            Assert.True(worst > 0.1 * delta, $"{layer.Name}: off by at most {worst:R}, δ = {delta:R}: was it quantised at all?");
        }

        var ideal = design.Level(CosimLevel.Ideal);
        var mapped = design.Level(CosimLevel.Mapped);
        var agreeing = 0;
        const int samples = 200;
        for (var sample = 0; sample < samples; sample++)
        {
            var input = TestImages.Value.Pixels(sample);
            var expected = ideal.Forward(input);
            var actual = mapped.Forward(input);
            var patch = expected[0].Zip(actual[0], (x, y) => Math.Abs(x - y)).Max();
            Assert.True(patch <= 17 * bounds["patch"], $"sample {sample}: patch output off by {patch:R} > 17δ = {17 * bounds["patch"]:R}");
            agreeing += ArgMax(expected[^1]) == ArgMax(actual[^1]) ? 1 : 0;
        }

        // Quantisation rarely moves the class: 9,933/10,000 agree over the test split (cosim CLI, seed 1).
        Assert.True(agreeing >= 196, $"ideal/mapped argmax agreement {agreeing}/{samples}");
    }

    [Fact]
    public void Wired_IdealWiresAndPassiveCells_EqualsMappedLayerByLayer()
    {
        // With 0 Ω segments and drivers each column current is Σ G·V exactly, so every layer — the patch convolution,
        // the four LSTM cells stepped 7 times over each row and column, the permutes, the MLP on 49 tokens — must
        // reproduce the reference on the plan's effective weights to rounding.
        var design = CosimDesign.Open(Compile("ideal-wires", segmentOhms: 0, CellKind.Passive));
        var mapped = design.Level(CosimLevel.Mapped);
        using var wired = (WiredLevel)design.Level(CosimLevel.Wired);
        for (var sample = 0; sample < 3; sample++)
        {
            var input = TestImages.Value.Pixels(sample);
            var expected = mapped.Forward(input);
            var actual = wired.Forward(input);
            Assert.Equal(design.Network.Layers.Count, actual.Count);
            for (var layer = 0; layer < expected.Count; layer++)
            {
                Assert.Equal(expected[layer].Length, actual[layer].Length);
                var scale = expected[layer].Max(Math.Abs);
                for (var i = 0; i < expected[layer].Length; i++)
                {
                    Close.Assert(expected[layer][i], actual[layer][i], 1e-9, 1e-9 * scale, $"sample {sample} layer {design.Network.Layers[layer].Name} [{i}]");
                }
            }
        }
    }

    [Fact]
    public void Wired_TwoOhmWires_ChangesTheLstmOutputs()
    {
        var design = CosimDesign.Open(Compile("wires", segmentOhms: 2, CellKind.Passive));
        var mapped = design.Level(CosimLevel.Mapped);
        using var wired = (WiredLevel)design.Level(CosimLevel.Wired);
        var lstm = design.Network.Layers.ToList().FindIndex(l => l.Name == "block1.bilstm2d");
        var input = TestImages.Value.Pixels(0);

        var difference = mapped.Forward(input)[lstm].Zip(wired.Forward(input)[lstm], (x, y) => Math.Abs(x - y)).Max();

        Assert.True(difference > 1e-4, $"2 Ω wires moved the BiLSTM2D outputs by only {difference:R}");
    }

    private static int ArgMax(double[] values) => Array.IndexOf(values, values.Max());

    private string Compile(string name, double segmentOhms, CellKind cell) => ExampleDesign.Compile(
        "sequencer",
        Path.Combine(directory, name),
        new CompileOptions
        {
            DesignName = name,
            SegmentOhms = segmentOhms,
            Cell = cell,
            Readout = ReadoutKind.Currents,
            NonIdealities = NonIdealityOptions.None,
        });
}
