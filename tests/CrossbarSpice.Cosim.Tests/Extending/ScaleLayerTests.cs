using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Extending;

/// <summary>
/// The worked example of docs/extending.md, step 3: a network with the new kind (x [2, 4] → dense 4→3 → scale →
/// relu, two tokens) compiles into a design folder and runs at the <c>wired</c> and <c>spice</c> levels, and the energy
/// report prices its readout; nothing outside the example's two files knows the kind.
/// </summary>
public sealed class ScaleLayerTests
{
    private const double VoltsPerUnit = 0.1;

    private static readonly double[] Gains = [1.5, -0.75, 0.5];

    static ScaleLayerTests() => LayerCircuits.Register<ScaleLayer>(new ScaleCircuit());

    [Fact]
    public void ScaleLayer_CompiledAndCosimulated_WiredExactAndSpiceWithinTwoMillivolts()
    {
        var folder = Directory.CreateTempSubdirectory("crossbarspice-extending-").FullName;
        try
        {
            var graph = Network();
            var compiled = NetworkCompiler.Compile(
                graph,
                DeviceCardReader.ReadMemristor(Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json")),
                new CompileOptions
                {
                    DesignName = "scale", SegmentOhms = 0, Cell = CellKind.Passive, OutputVoltsPerUnit = VoltsPerUnit,
                    NonIdealities = NonIdealityOptions.None with { Quantise = false }, Process = ExampleDesign.Process,
                },
                new ManifestInputs(new ManifestFile("arch.json", "00"), [new ManifestFile("w.npz", "00")], new ManifestFile("card.json", "00")));
            CompiledDesignWriter.Write(compiled, folder);

            // The compiler asked the catalog: the scale layer is a crossbar of its own with the relu fused behind it.
            Assert.True(File.Exists(Path.Combine(folder, "gain", "deck.cir")));
            var stages = StagePlanner.Plan(graph, compiled.Manifest.Layers.SelectMany(l => l.Crossbars).ToDictionary(c => c.Name, c => c.SiemensPerWeight, StringComparer.Ordinal), 1, VoltsPerUnit);
            var gain = Assert.IsType<CrossbarStage>(stages[1]);
            Assert.Equal(["gain", "relu"], gain.Layers);
            Assert.Equal(ElementFunction.Relu, gain.Tail!.Function);

            var x = new double[] { 0.9, -0.4, 0.3, 0.7, -0.2, 0.8, -0.6, 0.1 };
            var expected = Expected(graph, x);

            // wired: unquantised conductances and ideal wires, so the exact array solver gives the float64 network.
            using var wired = new WiredLevel(graph, compiled.Plan, compiled.Manifest, folder);
            var wiredOutputs = wired.Forward(x);
            for (var l = 0; l < expected.Length; l++)
            {
                for (var i = 0; i < expected[l].Length; i++)
                {
                    Close.Assert(expected[l][i], wiredOutputs[l][i], 1e-9, 1e-12, $"wired layer {l} [{i}]");
                }
            }

            // spice: every stage's deck in ngspice (op-amp readouts, transistor-level relu).
            using var spice = new StagedLevel(graph, stages, new SpiceEvaluator(compiled.Manifest, folder, new NgspiceEngine(), 400));
            var spiceOutputs = spice.Forward(x);
            for (var i = 0; i < expected[^1].Length; i++)
            {
                Close.Assert(expected[^1][i] * VoltsPerUnit, spiceOutputs[^1][i] * VoltsPerUnit, 0, 2e-3, $"spice relu output [{i}], volts");
            }

            // The energy report prices the new layer's readout: one per output, one read per token.
            var uses = PeripheryPlan.Uses(graph, compiled.Plan.Layers.ToDictionary(l => l.Name, l => (long)l.Layout.Rows), inverterDrivers: false);
            var readout = Assert.Single(uses, u => u.Group == "gain");
            Assert.Equal(("current-subtractor", 3L, 6L), (readout.Module, readout.Instances, readout.OperationsPerInference));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Register_AnotherCircuitForTheSameOp_Refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LayerCircuits.Register<DenseLayer>(new ScaleCircuit()));
        Assert.Contains("DenseCircuit", error.Message, StringComparison.Ordinal);
    }

    private static NetworkGraph Network()
    {
        var weight = new WeightMatrix("fc.weight", 3, 4, [0.5, -0.25, 0.75, 0.1, -0.6, 0.3, 0.2, -0.4, 0.35, 0.45, -0.15, 0.25]);
        return new NetworkGraph
        {
            Name = "scale",
            Inputs = [new NetworkInput("x", new TensorShape(2, 4))],
            Layers =
            [
                new LayerNode { Name = "fc", Op = new DenseLayer(weight, new BiasVector("fc.bias", [0.1, -0.05, 0.2])), Inputs = ["x"], Outputs = ["fc"] },
                new LayerNode { Name = "gain", Op = new ScaleLayer(new BiasVector("gain.gains", Gains)), Inputs = ["fc"], Outputs = ["gain"] },
                new LayerNode { Name = "relu", Op = new ActivationLayer(ActivationKind.Relu), Inputs = ["gain"], Outputs = ["relu"] },
            ],
            Outputs = ["relu"],
        };
    }

    /// <summary>The float64 network, written out by hand: per layer, its output.</summary>
    private static double[][] Expected(NetworkGraph graph, double[] x)
    {
        var dense = (DenseLayer)graph.Layers[0].Op;
        var fc = new double[6];
        var gain = new double[6];
        var relu = new double[6];
        for (var t = 0; t < 2; t++)
        {
            for (var o = 0; o < 3; o++)
            {
                var sum = dense.Bias![o];
                for (var i = 0; i < 4; i++)
                {
                    sum += dense.Weight.Row(o)[i] * x[(t * 4) + i];
                }

                fc[(t * 3) + o] = sum;
                gain[(t * 3) + o] = Gains[o] * sum;
                relu[(t * 3) + o] = Math.Max(0, gain[(t * 3) + o]);
            }
        }

        return [fc, gain, relu];
    }
}
