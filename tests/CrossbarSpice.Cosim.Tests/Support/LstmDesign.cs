using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Mapping.NonIdealities;

using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Support;

/// <summary>
/// A small LSTM network compiled with its cell circuits into a folder: x [T, I] → lstm (H, return sequences), fixed
/// pseudo-random weights (uniform ±<c>scale</c>), passive cells, 0 Ω wires, unquantised conductances (so the
/// programmed weights are the float64 weights up to rounding), rows at 1 V per unit.
/// </summary>
internal sealed class LstmDesign
{
    private LstmDesign(NetworkGraph graph, CompiledDesign compiled, string folder)
    {
        Graph = graph;
        Compiled = compiled;
        Folder = folder;
    }

    /// <summary>The network.</summary>
    public NetworkGraph Graph { get; }

    /// <summary>The compiled design.</summary>
    public CompiledDesign Compiled { get; }

    /// <summary>The design folder.</summary>
    public string Folder { get; }

    /// <summary>The LSTM cell.</summary>
    public LstmCell Cell => ((LstmLayer)Graph.Layers[0].Op).Cell;

    /// <summary>The circuit stages (one <see cref="LstmStage"/>).</summary>
    public IReadOnlyList<CircuitStage> Stages => StagePlanner.Plan(
        Graph,
        Compiled.Manifest.Layers.SelectMany(l => l.Crossbars).ToDictionary(c => c.Name, c => c.SiemensPerWeight, StringComparer.Ordinal),
        Compiled.Manifest.Options.InputVoltsPerUnit,
        Compiled.Manifest.Options.OutputVoltsPerUnit,
        withPeriphery: true,
        Compiled.Manifest.Options.LstmCircuits());

    /// <summary>Compiles the network into <paramref name="folder"/>.</summary>
    public static LstmDesign Compile(string folder, int steps, int inputs, int hidden, double scale, int seed, LstmSigmoid sigmoid)
    {
        var random = new Random(seed);
        double[] Values(int count) => [.. Enumerable.Range(0, count).Select(_ => ((random.NextDouble() * 2) - 1) * scale)];
        var cell = new LstmCell(
            new WeightMatrix("w_ih", 4 * hidden, inputs, Values(4 * hidden * inputs)),
            new WeightMatrix("w_hh", 4 * hidden, hidden, Values(4 * hidden * hidden)),
            new BiasVector("b_ih", Values(4 * hidden)),
            null);
        var graph = new NetworkGraph
        {
            Name = "lstm",
            Inputs = [new NetworkInput("x", new TensorShape(steps, inputs))],
            Layers = [new LayerNode { Name = "rnn", Op = new LstmLayer(cell, returnSequences: true), Inputs = ["x"], Outputs = ["rnn"] }],
            Outputs = ["rnn"],
        };
        var compiled = NetworkCompiler.Compile(
            graph,
            DeviceCardReader.ReadMemristor(Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json")),
            new CompileOptions
            {
                DesignName = "lstm", SegmentOhms = 0, Cell = CellKind.Passive, NonIdealities = NonIdealityOptions.None with { Quantise = false },
                Process = ExampleDesign.Process, Lstm = new LstmCircuitOptions(sigmoid),
            },
            new ManifestInputs(new ManifestFile("arch.json", "00"), [new ManifestFile("w.npz", "00")], new ManifestFile("card.json", "00")));
        CompiledDesignWriter.Write(compiled, folder);
        return new LstmDesign(graph, compiled, folder);
    }

    /// <summary>One float64 step of the cell: (h, c) from x, h_{t−1}, c_{t−1}.</summary>
    public (double[] H, double[] C) Step(double[] x, double[] h, double[] c)
    {
        var cell = Cell;
        var n = cell.HiddenSize;
        var z = new double[4 * n];
        for (var r = 0; r < 4 * n; r++)
        {
            var sum = cell.InputBias?[r] ?? 0;
            for (var i = 0; i < x.Length; i++)
            {
                sum += cell.InputWeights.Row(r)[i] * x[i];
            }

            for (var i = 0; i < n; i++)
            {
                sum += cell.RecurrentWeights.Row(r)[i] * h[i];
            }

            z[r] = sum;
        }

        static double Sigma(double v) => 1 / (1 + Math.Exp(-v));
        var hNext = new double[n];
        var cNext = new double[n];
        for (var k = 0; k < n; k++)
        {
            cNext[k] = (Sigma(z[n + k]) * c[k]) + (Sigma(z[k]) * Math.Tanh(z[(2 * n) + k]));
            hNext[k] = Sigma(z[(3 * n) + k]) * Math.Tanh(cNext[k]);
        }

        return (hNext, cNext);
    }
}
