using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Tests.Support;
using CrossbarSpice.Simulation.Wired;

namespace CrossbarSpice.Simulation.Tests.Wired;

/// <summary>The wired engine answers compiled decks like ngspice does, from the same manifest and plan.</summary>
public sealed class WiredArrayEngineTests : IClassFixture<EngineFixture>, IDisposable
{
    private readonly EngineFixture fixture;
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-wired-").FullName;

    public WiredArrayEngineTests(EngineFixture fixture) => this.fixture = fixture;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    public static TheoryData<CellKind, double> Cells() => new()
    {
        { CellKind.Passive, 1e-9 },
        { CellKind.OneSelectorOneMemristor, 1e-6 },
        { CellKind.OneTransistorOneMemristor, 1e-6 },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Run_CompiledDeckWithWiresAndDrivers_MatchesNgspiceColumnCurrents(CellKind cell, double tolerance)
    {
        // 9 outputs × 19 inputs (+ bias) on 8×8 tiles with 2 Ω segments and 20 Ω drivers: 3 × 3 tiles.
        var deckPath = CompileDense(cell, outputs: 9, inputs: 19);
        var random = new Random(11);
        var volts = Enumerable.Range(0, 19).Select(_ => random.NextDouble() * 0.8).ToArray();
        var deck = DeckInputs.Apply(SpiceNetlistReader.ReadFile(deckPath), volts, biasVolts: 0.5);

        var spice = fixture.Engine.Run(new SimulationRequest(deck));
        using var wired = new WiredArrayEngine();
        var solved = wired.Run(new SimulationRequest(deck));

        Assert.Equal(18, solved.Vectors.Count);
        var largest = solved.Vectors.Max(v => Math.Abs(v.Final));
        foreach (var vector in solved.Vectors)
        {
            // Relative to the largest column current: a near-zero column is compared in absolute terms.
            Close.Assert(spice[vector.Name].Final, vector.Final, tolerance, tolerance * largest * 1e-3, vector.Name);
        }
    }

    [Fact]
    public void Run_BcuConvolutionTileOnARealPatch_MatchesNgspiceColumnCurrentsTo1e9()
    {
        // Issue #7's "wired vs spice array currents": the bundled BCU's conv1 crossbar (82×28, one tile, 2 Ω segments,
        // passive cells) compiled with current-sense readouts, driven by the centre 9×9 patch of test image 0 at
        // 1 V per unit, solved by ngspice and by the array solver.
        var folder = ExampleDesign.Compile("bcu", Path.Combine(directory, "bcu"), new CompileOptions { DesignName = "bcu", Cell = CellKind.Passive, Readout = ReadoutKind.Currents });
        var image = Import.Data.FashionMnist.Load(Import.Data.DatasetSplit.Test).Pixels(0);
        var patch = Enumerable.Range(0, 81).Select(p => image[((10 + (p / 9)) * 28) + 10 + (p % 9)]).ToArray();
        var deck = DeckInputs.Apply(SpiceNetlistReader.ReadFile(Path.Combine(folder, "conv1", "deck.cir")), patch, biasVolts: 1);

        var spice = fixture.Engine.Run(new SimulationRequest(deck));
        using var wired = new WiredArrayEngine();
        var solved = wired.Run(new SimulationRequest(deck));

        Assert.Equal(28, solved.Vectors.Count);
        foreach (var vector in solved.Vectors)
        {
            Close.Assert(spice[vector.Name].Final, vector.Final, 1e-9, 1e-18, vector.Name);
        }
    }

    [Fact]
    public void Run_SameEngineManySamples_ReusesFactorisationAndStaysExact()
    {
        var deckPath = CompileDense(CellKind.Passive, outputs: 4, inputs: 10);
        using var wired = new WiredArrayEngine();
        for (var sample = 0; sample < 3; sample++)
        {
            var volts = Enumerable.Range(0, 10).Select(i => ((i + sample) % 4) * 0.25).ToArray();
            var deck = DeckInputs.Apply(SpiceNetlistReader.ReadFile(deckPath), volts, biasVolts: 1);

            var spice = fixture.Engine.Run(new SimulationRequest(deck));
            var solved = wired.Run(new SimulationRequest(deck));

            foreach (var vector in solved.Vectors)
            {
                Close.Assert(spice[vector.Name].Final, vector.Final, 1e-9, 1e-18, $"sample {sample} {vector.Name}");
            }
        }
    }

    [Fact]
    public void Run_DeckOutsideADesign_IsAnInputErrorNamingIt()
    {
        using var wired = new WiredArrayEngine();
        var netlist = SpiceNetlistReader.Read("x\nV1 a 0 DC 1\nR1 a 0 1k\n.op\n.end\n", "loose.cir");

        Assert.Throws<Core.Diagnostics.InputException>(() => wired.Run(new SimulationRequest(netlist)));
    }

    private string CompileDense(CellKind cell, int outputs, int inputs)
    {
        var random = new Random(outputs * inputs);
        var w = Enumerable.Range(0, outputs * inputs).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
        var b = Enumerable.Range(0, outputs).Select(_ => (random.NextDouble() * 0.4) - 0.2).ToArray();
        var network = new NetworkGraph
        {
            Name = "dense",
            Inputs = [new NetworkInput("x", new TensorShape(inputs))],
            Layers = [new LayerNode { Name = "fc", Op = new DenseLayer(new WeightMatrix("w", outputs, inputs, w), new BiasVector("b", b)), Inputs = ["x"], Outputs = ["fc"] }],
            Outputs = ["fc"],
        };
        var card = DeviceCardReader.ReadMemristor(Path.Combine(Decks.RepositoryRoot, "device-cards", cell == CellKind.OneTransistorOneMemristor ? "ag-acarbon-ag.json" : "ti-alox-taox-pt.json"));
        var options = new CompileOptions
        {
            DesignName = "wired",
            MaxTileRows = 8,
            MaxTileColumns = 8,
            SegmentOhms = 2,
            DriverOhms = 20,
            Readout = ReadoutKind.Currents,
            Cell = cell,
            NonIdealities = new NonIdealityOptions { ProgrammingErrorSigma = 0.05 },
        };
        var inputsRecord = new ManifestInputs(new ManifestFile("a.json", "0"), [], new ManifestFile("card.json", "0"));
        var design = NetworkCompiler.Compile(network, card, options, inputsRecord);
        var folder = Path.Combine(directory, cell.ToString());
        CompiledDesignWriter.Write(design, folder);
        return Path.Combine(folder, design.Manifest.Layers[0].Crossbars[0].Deck);
    }
}
