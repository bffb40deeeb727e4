using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Reference;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Levels;

/// <summary>The wired level's LSTM and BiLSTM cells against the software reference on the same (quantised) weights.</summary>
public sealed class LstmCellCircuitTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Wired_IdealWires_LstmAndBilstmEqualMapped(bool bidirectionalReturnsSequences)
    {
        // x [6, 3] → bilstm (H = 2) → [6, 4] → lstm (H = 3, last step) → [3]; or x → bilstm (h_n) → [4].
        var random = new Random(bidirectionalReturnsSequences ? 7 : 8);
        var bilstm = new BidirectionalLstmLayer(Cell(random, 3, 2), Cell(random, 3, 2), bidirectionalReturnsSequences);
        List<LayerNode> layers = [new() { Name = "bi", Op = bilstm, Inputs = ["x"], Outputs = ["bi"] }];
        if (bidirectionalReturnsSequences)
        {
            layers.Add(new() { Name = "uni", Op = new LstmLayer(Cell(random, 4, 3), returnSequences: false), Inputs = ["bi"], Outputs = ["uni"] });
        }

        var graph = new NetworkGraph { Name = "rnn", Inputs = [new NetworkInput("x", new TensorShape(6, 3))], Layers = layers, Outputs = [layers[^1].Outputs[0]] };
        var design = NetworkCompiler.Compile(
            graph,
            DeviceCardReader.ReadMemristor(Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json")),
            new CompileOptions { DesignName = "rnn", SegmentOhms = 0, Cell = CellKind.Passive, Readout = ReadoutKind.Currents, NonIdealities = NonIdealityOptions.None },
            new ManifestInputs(new ManifestFile("arch.json", "00"), [new ManifestFile("w.npz", "00")], new ManifestFile("card.json", "00")));
        var mapped = ReferenceNetwork.WithWeights(graph, design.Plan.Layers.ToDictionary(l => l.Name, l => l.EffectiveWeights(), StringComparer.Ordinal));
        using var wired = new WiredLevel(graph, design.Plan, design.Manifest, "in-memory");
        Assert.Equal(bidirectionalReturnsSequences ? ["bi/forward", "bi/backward", "uni"] : ["bi/forward", "bi/backward"], design.Plan.Layers.Select(l => l.Name));

        var x = Enumerable.Range(0, 18).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
        var expected = mapped.Forward(x);
        var actual = wired.Forward(x);

        for (var l = 0; l < layers.Count; l++)
        {
            var reference = expected[layers[l].Outputs[0]].Values.ToArray();
            Assert.Equal(reference.Length, actual[l].Length);
            for (var i = 0; i < reference.Length; i++)
            {
                Close.Assert(reference[i], actual[l][i], 1e-9, 1e-12, $"{layers[l].Name}[{i}]");
            }
        }
    }

    private static LstmCell Cell(Random random, int inputs, int hidden)
    {
        double[] Values(int count) => [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 2) - 1)];
        return new LstmCell(
            new WeightMatrix("w_ih", 4 * hidden, inputs, Values(4 * hidden * inputs)),
            new WeightMatrix("w_hh", 4 * hidden, hidden, Values(4 * hidden * hidden)),
            new BiasVector("b_ih", Values(4 * hidden)),
            null);
    }
}
