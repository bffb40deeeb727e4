using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Mapping.NonIdealities;

namespace CrossbarSpice.Circuits.Tests.Compilation;

/// <summary>compile-weights on LSTM layers: one gate crossbar [W_ih | W_hh] + bias row per cell ([P0] eq. 7).</summary>
public sealed class LstmCompilationTests : IDisposable
{
    private const int InputSize = 3;
    private const int Hidden = 2;
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-lstm-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Compile_Lstm_WritesOneGateCrossbarWithInputsHiddenAndBiasRow()
    {
        var cell = Cell(seed: 1);
        var design = Compile(Network("lstm", [5, InputSize], new LstmLayer(cell)), Unquantised);
        CompiledDesignWriter.Write(design, directory);

        var crossbar = Assert.Single(Assert.Single(design.Manifest.Layers).Crossbars);
        Assert.Equal("seq", crossbar.Name);
        Assert.Equal(InputSize + Hidden, crossbar.Inputs);
        Assert.Equal(4 * Hidden, crossbar.Outputs);
        Assert.NotNull(crossbar.BiasNet);
        var layout = Assert.Single(design.Plan.Layers).Layout;
        Assert.True(layout.HasBiasRow);
        Assert.Equal(InputSize + Hidden + 1, layout.Rows);
        Assert.Equal(2 * 4 * Hidden, layout.Columns);
        Assert.True(File.Exists(Path.Combine(directory, crossbar.Deck)), crossbar.Deck);
        Assert.Contains("Vbias inb 0", File.ReadAllText(Path.Combine(directory, crossbar.Deck)), StringComparison.Ordinal);

        // Without quantisation or non-idealities the programmed conductances give back row r = gate r of
        // [W_ih | W_hh] and the bias row b_ih + b_hh, in PyTorch's gate order i, f, g, o.
        var (w, b) = design.Plan.Layers[0].EffectiveWeights();
        for (var r = 0; r < 4 * Hidden; r++)
        {
            for (var i = 0; i < InputSize; i++)
            {
                Tolerance.Close(cell.InputWeights[r, i], w[(r * (InputSize + Hidden)) + i], 1e-12, $"W_ih[{r},{i}]");
            }

            for (var k = 0; k < Hidden; k++)
            {
                Tolerance.Close(cell.RecurrentWeights[r, k], w[(r * (InputSize + Hidden)) + InputSize + k], 1e-12, $"W_hh[{r},{k}]");
            }

            Tolerance.Close(cell.InputBias![r] + cell.RecurrentBias![r], b[r], 1e-12, $"b[{r}]");
        }
    }

    [Fact]
    public void Compile_BiLstm2d_WritesFourCrossbarsNamedByDirection()
    {
        var layer = new BiLstm2dLayer(
            new BidirectionalLstmLayer(Cell(2), Cell(3)),
            new BidirectionalLstmLayer(Cell(4), Cell(5)));
        var design = Compile(Network("grid", [2, 3, InputSize], layer), NonIdealityOptions.None);
        CompiledDesignWriter.Write(design, directory);
        CompiledDesignValidator.Validate(directory);

        string[] names = ["seq/vertical/forward", "seq/vertical/backward", "seq/horizontal/forward", "seq/horizontal/backward"];
        var crossbars = Assert.Single(design.Manifest.Layers).Crossbars;
        Assert.Equal(names, crossbars.Select(c => c.Name));
        Assert.Equal(names, design.Plan.Layers.Select(l => l.Name));
        Assert.All(crossbars, c => Assert.Equal((InputSize + Hidden, 4 * Hidden, $"{c.Name}/deck.cir"), (c.Inputs, c.Outputs, c.Deck)));

        // Each direction's crossbar holds its own cell: the quantised weights stay nearest to that cell's.
        var cells = new[] { layer.Vertical.Forward, layer.Vertical.Backward, layer.Horizontal.Forward, layer.Horizontal.Backward };
        for (var d = 0; d < 4; d++)
        {
            var (w, _) = design.Plan.Layers[d].EffectiveWeights();
            var own = Distance(cells[d], w);
            Assert.All(Enumerable.Range(0, 4).Where(o => o != d), o => Assert.True(own < Distance(cells[o], w), $"{names[d]} is closer to cell {o}"));
        }
    }

    private static NonIdealityOptions Unquantised => NonIdealityOptions.None with { Quantise = false };

    private static double Distance(LstmCell cell, double[] w) =>
        Enumerable.Range(0, 4 * Hidden).Sum(r =>
            Enumerable.Range(0, InputSize).Sum(i => Math.Abs(cell.InputWeights[r, i] - w[(r * (InputSize + Hidden)) + i]))
            + Enumerable.Range(0, Hidden).Sum(k => Math.Abs(cell.RecurrentWeights[r, k] - w[(r * (InputSize + Hidden)) + InputSize + k])));

    private static LstmCell Cell(int seed)
    {
        var random = new Random(seed);
        double[] Values(int count) => [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 2) - 1)];
        return new LstmCell(
            new WeightMatrix("w_ih", 4 * Hidden, InputSize, Values(4 * Hidden * InputSize)),
            new WeightMatrix("w_hh", 4 * Hidden, Hidden, Values(4 * Hidden * Hidden)),
            new BiasVector("b_ih", Values(4 * Hidden)),
            new BiasVector("b_hh", Values(4 * Hidden)));
    }

    private static NetworkGraph Network(string name, int[] inputShape, LayerOp op) => new()
    {
        Name = name,
        Inputs = [new NetworkInput("x", new TensorShape(inputShape))],
        Layers = [new LayerNode { Name = "seq", Op = op, Inputs = ["x"], Outputs = ["seq"] }],
        Outputs = ["seq"],
    };

    private static CompiledDesign Compile(NetworkGraph network, NonIdealityOptions nonIdealities) => NetworkCompiler.Compile(
        network,
        DeviceCardReader.ReadMemristor(Path.Combine(RepositoryPaths.DeviceCards, "ti-alox-taox-pt.json")),
        new CompileOptions { DesignName = network.Name, Readout = ReadoutKind.Currents, NonIdealities = nonIdealities },
        new ManifestInputs(new ManifestFile("arch.json", "00"), [new ManifestFile("w.npz", "00")], new ManifestFile("device-cards/ti-alox-taox-pt.json", "00")));
}
