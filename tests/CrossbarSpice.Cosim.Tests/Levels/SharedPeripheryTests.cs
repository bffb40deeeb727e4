using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Cosim.Tests.Levels;

/// <summary>
/// The design's shared periphery library defines each subcircuit once, even when two kinds of stage need the same
/// circuit: an LSTM (its cell-state adder) followed by a residual add of its own input (the analogue adder).
/// </summary>
public sealed class SharedPeripheryTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-shared-periphery-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void LstmAndResidualAdd_DefineTheAdderOnce()
    {
        var random = new Random(5);
        double[] Values(int count) => [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 2) - 1)];
        const int hidden = 2;
        var cell = new LstmCell(
            new WeightMatrix("w_ih", 4 * hidden, hidden, Values(4 * hidden * hidden)),
            new WeightMatrix("w_hh", 4 * hidden, hidden, Values(4 * hidden * hidden)),
            new BiasVector("b_ih", Values(4 * hidden)),
            null);
        var graph = new NetworkGraph
        {
            Name = "lstm-add",
            Inputs = [new NetworkInput("x", new TensorShape(3, hidden))],
            Layers =
            [
                new LayerNode { Name = "rnn", Op = new LstmLayer(cell, returnSequences: true), Inputs = ["x"], Outputs = ["rnn"] },
                new LayerNode { Name = "sum", Op = new AddLayer(), Inputs = ["x", "rnn"], Outputs = ["sum"] },
            ],
            Outputs = ["sum"],
        };
        var compiled = NetworkCompiler.Compile(
            graph,
            DeviceCardReader.ReadMemristor(Path.Combine(Decks.RepositoryRoot, "device-cards", "ti-alox-taox-pt.json")),
            new CompileOptions
            {
                DesignName = "lstm-add", SegmentOhms = 0, Cell = CellKind.Passive, NonIdealities = NonIdealityOptions.None with { Quantise = false },
                Process = ExampleDesign.Process, Lstm = new LstmCircuitOptions(LstmSigmoid.General),
            },
            new ManifestInputs(new ManifestFile("arch.json", "00"), [new ManifestFile("w.npz", "00")], new ManifestFile("card.json", "00")));
        CompiledDesignWriter.Write(compiled, directory);

        var library = File.ReadAllLines(Path.Combine(directory, DesignPeriphery.LibraryPath));
        var adders = library.Count(l => l.StartsWith(".subckt adder ", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, adders);
        var names = library.Where(l => l.StartsWith(".subckt ", StringComparison.OrdinalIgnoreCase)).Select(l => l.Split(' ')[1]).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
