using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Reference;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Residual;

/// <summary>
/// A hand-made residual network from an architecture file (x [2, 4, 4] → conv+relu → affine → conv → add(affine, conv)
/// → relu → global average → dense 2→3) compiled into a design and run at every level: the graph is a DAG (the add
/// reads the affine layer's output over a skip), so each level must fetch values by name, not from the previous layer.
/// </summary>
public sealed class ResidualNetworkTests
{
    private const double VoltsPerUnit = 0.1;

    private static readonly double[] Input =
    [
        0.9, -0.4, 0.3, 0.7, -0.2, 0.8, -0.6, 0.1, 0.5, 0.2, -0.9, 0.4, 0.0, -0.3, 0.6, 0.25,
        -0.5, 0.35, 0.8, -0.1, 0.45, -0.7, 0.15, 0.6, -0.25, 0.55, 0.05, -0.8, 0.3, 0.65, -0.45, 0.2,
    ];

    [Fact]
    public void Architecture_AddAndAffineLayers_ReferenceEqualsHandComputation()
    {
        var folder = Directory.CreateTempSubdirectory("crossbarspice-residual-").FullName;
        try
        {
            var graph = ModelLoader.Load(WriteArchitecture(folder));
            Assert.Equal(["conv1", "conv1.relu", "bn", "conv2", "add", "relu", "gap", "fc"], graph.Layers.Select(l => l.Name));
            Assert.Equal(["bn", "conv2"], graph.FindLayer("add")!.Inputs);
            var values = new ReferenceNetwork(graph).Forward(Input);
            var bn = values["bn"].Values.ToArray();
            var relu1 = values["conv1"].Values.ToArray();
            var conv2 = values["conv2"].Values.ToArray();
            var add = values["add"].Values.ToArray();
            for (var i = 0; i < 32; i++)
            {
                var c = i / 16;
                Assert.Equal((Scale[c] * relu1[i]) + Shift[c], bn[i], 12);
                Assert.Equal(bn[i] + conv2[i], add[i], 12);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ResidualDesign_EveryLevel_AgreesWithTheReference()
    {
        var folder = Directory.CreateTempSubdirectory("crossbarspice-residual-").FullName;
        try
        {
            var graph = ModelLoader.Load(WriteArchitecture(folder));
            var compiled = NetworkCompiler.Compile(
                graph,
                DeviceCardReader.ReadMemristor(Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json")),
                new CompileOptions
                {
                    DesignName = "residual", SegmentOhms = 0, Cell = CellKind.Passive, OutputVoltsPerUnit = VoltsPerUnit,
                    NonIdealities = NonIdealityOptions.None with { Quantise = false }, Process = ExampleDesign.Process,
                },
                new ManifestInputs(new ManifestFile("arch.json", "00"), [], new ManifestFile("card.json", "00")));
            var design = Path.Combine(folder, "design");
            CompiledDesignWriter.Write(compiled, design);
            Assert.True(File.Exists(Path.Combine(design, "add", "deck.cir")));
            Assert.True(File.Exists(Path.Combine(design, "bn", "deck.cir")));

            var stages = StagePlanner.Plan(graph, compiled.Manifest.Layers.SelectMany(l => l.Crossbars).ToDictionary(c => c.Name, c => c.SiemensPerWeight, StringComparer.Ordinal), 1, VoltsPerUnit, withPeriphery: true);
            Assert.Contains(stages, s => s is AdderStage { Layers: ["add"] });
            Assert.Contains(stages, s => s is AffineStage { Layers: ["bn"] });

            var reference = new ReferenceNetwork(graph).Forward(Input);
            var expected = graph.Layers.Select(l => reference[l.Outputs[0]].Values.ToArray()).ToArray();

            // wired: unquantised conductances and ideal wires, so the exact array solver gives the float64 network.
            using var wired = new WiredLevel(graph, compiled.Plan, compiled.Manifest, design);
            AssertClose(expected, wired.Forward(Input), 1e-9, "wired");

            // characterised: periphery by the measured transfer tables (adder by superposition, affine per channel).
            using var characterised = new StagedLevel(graph, stages, new CharacterisedEvaluator(compiled.Manifest, compiled.Plan, design, new NgspiceEngine()));
            AssertClose(expected, characterised.Forward(Input), 3e-3 / VoltsPerUnit, "characterised");

            // spice, stage by stage and as one netlist in which the skip is a wire from the affine stage's outputs.
            using var spice = new StagedLevel(graph, stages, new SpiceEvaluator(compiled.Manifest, design, new NgspiceEngine(), 400));
            var spiceOutputs = spice.Forward(Input);
            AssertClose(expected, spiceOutputs, 3e-3 / VoltsPerUnit, "spice");
            using var whole = new WholeNetlistLevel(graph, stages, design, compiled.Manifest.Options.InputVoltsPerUnit, VoltsPerUnit, new NgspiceEngine());
            AssertClose(expected, whole.Forward(Input), 3e-3 / VoltsPerUnit, "whole netlist");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly double[] Scale = [1.5, -0.8];

    private static readonly double[] Shift = [0.1, -0.2];

    private static void AssertClose(double[][] expected, IReadOnlyList<double[]> actual, double tolerance, string level)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var l = 0; l < expected.Length; l++)
        {
            Assert.Equal(expected[l].Length, actual[l].Length);
            for (var i = 0; i < expected[l].Length; i++)
            {
                Close.Assert(expected[l][i], actual[l][i], 0, tolerance, $"{level} layer {l} [{i}]");
            }
        }
    }

    /// <summary>The architecture and its CSV tensors in <paramref name="folder"/>; returns the architecture path.</summary>
    private static string WriteArchitecture(string folder)
    {
        static string Row(IEnumerable<double> values) => string.Join(",", values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        var k1 = Enumerable.Range(0, 36).Select(i => 0.05 * (((i * 7) % 11) - 5)).ToArray();
        var k2 = Enumerable.Range(0, 36).Select(i => 0.04 * (((i * 5) % 13) - 6)).ToArray();
        File.WriteAllText(Path.Combine(folder, "k1.csv"), Row(k1[..18]) + "\n" + Row(k1[18..]) + "\n");
        File.WriteAllText(Path.Combine(folder, "b1.csv"), "0.05,-0.1\n");
        File.WriteAllText(Path.Combine(folder, "k2.csv"), Row(k2[..18]) + "\n" + Row(k2[18..]) + "\n");
        File.WriteAllText(Path.Combine(folder, "b2.csv"), "-0.05,0.08\n");
        File.WriteAllText(Path.Combine(folder, "scale.csv"), Row(Scale) + "\n");
        File.WriteAllText(Path.Combine(folder, "shift.csv"), Row(Shift) + "\n");
        File.WriteAllText(Path.Combine(folder, "w.csv"), "0.6,-0.4\n-0.3,0.7\n0.5,0.2\n");
        File.WriteAllText(Path.Combine(folder, "b.csv"), "0.1,0,-0.1\n");
        var path = Path.Combine(folder, "arch.json");
        File.WriteAllText(path, """
            {
              "format": "crossbarspice-architecture/1",
              "name": "residual",
              "input": { "name": "x", "shape": [2, 4, 4] },
              "layers": [
                { "name": "conv1", "type": "conv2d", "inChannels": 2, "outChannels": 2, "kernel": 3, "padding": 1, "weight": "k1.csv", "bias": "b1.csv", "activation": "relu" },
                { "name": "bn", "type": "affine", "channels": 2, "scale": "scale.csv", "shift": "shift.csv" },
                { "name": "conv2", "type": "conv2d", "inChannels": 2, "outChannels": 2, "kernel": 3, "padding": 1, "weight": "k2.csv", "bias": "b2.csv" },
                { "name": "add", "type": "add", "inputs": ["bn", "conv2"] },
                { "name": "relu", "type": "activation", "activation": "relu" },
                { "name": "gap", "type": "globalAvgPool" },
                { "name": "fc", "type": "dense", "inFeatures": 2, "outFeatures": 3, "weight": "w.csv", "bias": "b.csv" }
              ]
            }
            """);
        return path;
    }
}
