using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Mapping.NonIdealities;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Circuits.Tests.Compilation;

public sealed class NetworkCompilerTests : IClassFixture<EngineFixture>, IDisposable
{
    private readonly EngineFixture fixture;
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-compile-").FullName;

    public NetworkCompilerTests(EngineFixture fixture) => this.fixture = fixture;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static NetworkGraph Dense(int outputs, int inputs, int seed)
    {
        var random = new Random(seed);
        var w = Enumerable.Range(0, outputs * inputs).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
        var b = Enumerable.Range(0, outputs).Select(_ => (random.NextDouble() * 0.4) - 0.2).ToArray();
        return new NetworkGraph
        {
            Name = "dense",
            Inputs = [new NetworkInput("x", new TensorShape(inputs))],
            Layers =
            [
                new LayerNode
                {
                    Name = "fc",
                    Op = new DenseLayer(new WeightMatrix("fc.weight", outputs, inputs, w), new BiasVector("fc.bias", b)),
                    Inputs = ["x"],
                    Outputs = ["fc"],
                },
            ],
            Outputs = ["fc"],
        };
    }

    private static ManifestInputs Inputs() => new(
        new ManifestFile("arch.json", "00"),
        [new ManifestFile("w.npz", "00")],
        new ManifestFile("device-cards/ti-alox-taox-pt.json", "00"));

    private static CompiledDesign Compile(NetworkGraph network, CompileOptions options) =>
        NetworkCompiler.Compile(network, DeviceCardReader.ReadMemristor(Path.Combine(RepositoryPaths.DeviceCards, "ti-alox-taox-pt.json")), options, Inputs());

    [Fact]
    public void Compile_ZeroWireCurrentReadout_NgspiceColumnCurrentsEqualVTimesConductances()
    {
        // 10 outputs × 21 inputs (+ bias) on 8×8 tiles: 3 row tiles × 3 column tiles, partial sums wired together.
        var options = new CompileOptions
        {
            DesignName = "ideal",
            MaxTileRows = 8,
            MaxTileColumns = 8,
            SegmentOhms = 0,
            Readout = ReadoutKind.Currents,
            Cell = CellKind.Passive,
            NonIdealities = new NonIdealityOptions { ProgrammingErrorSigma = 0.05, StuckAtLrsRate = 0.05 },
        };
        var design = Compile(Dense(10, 21, 1), options);
        CompiledDesignWriter.Write(design, directory);
        var crossbar = design.Manifest.Layers[0].Crossbars[0];
        var random = new Random(2);
        var volts = Enumerable.Range(0, 21).Select(_ => random.NextDouble()).Append(options.InputVoltsPerUnit).ToArray();

        var deck = DeckInputs.Apply(SpiceNetlistReader.ReadFile(Path.Combine(directory, crossbar.Deck)), volts[..^1], volts[^1]);
        var result = fixture.Engine.Run(new SimulationRequest(deck));

        var expected = design.Plan.Layers[0].ToTiledCrossbar().ColumnCurrents(volts);
        for (var j = 0; j < crossbar.Outputs; j++)
        {
            var output = crossbar.OutputNets[j];
            Tolerance.Close(expected[2 * j], result[output.PlusCurrent!].Final, 1e-9, $"I+ of output {j}");
            Tolerance.Close(expected[(2 * j) + 1], result[output.MinusCurrent!].Final, 1e-9, $"I− of output {j}");
        }
    }

    [Fact]
    public void Compile_DifferentialReadout_OutputVoltsFollowWeightedSums()
    {
        // With the op-amp macromodel (A0 = 1e5) the readout adds ~1e-4 relative error; wires at 0 Ω.
        var options = new CompileOptions { DesignName = "tia", SegmentOhms = 0, Cell = CellKind.Passive, NonIdealities = NonIdealityOptions.None with { Quantise = false } };
        var network = Dense(4, 6, 3);
        var design = Compile(network, options);
        CompiledDesignWriter.Write(design, directory);
        var crossbar = design.Manifest.Layers[0].Crossbars[0];
        double[] x = [0.2, 0.9, 0.4, 0.0, 0.7, 0.5];

        var deck = DeckInputs.Apply(SpiceNetlistReader.ReadFile(Path.Combine(directory, crossbar.Deck)), x, 1.0);
        var result = fixture.Engine.Run(new SimulationRequest(deck));

        var dense = (DenseLayer)network.Layers[0].Op;
        for (var j = 0; j < 4; j++)
        {
            var y = dense.Bias![j] + Enumerable.Range(0, 6).Sum(i => dense.Weight[j, i] * x[i]);
            Tolerance.Close(options.OutputVoltsPerUnit * y, result.Voltage(crossbar.OutputNets[j].Net!), 1e-3, $"y{j}");
        }
    }

    [Fact]
    public void Compile_InverterDrivers_DriveLogicOnesToTheReadRailAndZerosToGround()
    {
        // Binary inputs through two CMOS inverters (BSIM3, docs/circuits.md §7.1) on a 1 V read rail. A loaded row sits
        // below the rail by the pull-up's ~164 Ω against the row's cells ([P3]'s driver-impedance error):
        // docs/circuits.md measured 0.753 V with 8 cells of 4 kΩ.
        var process = PeripheryProcess.Resolve(
            DeviceCardReader.Read(Path.Combine(RepositoryPaths.DeviceCards, "cmos-180nm.json")), "inverter driver", new PeripheryRequirements(true, false));
        var options = new CompileOptions { DesignName = "inv", Cell = CellKind.Passive, Driver = DriverKind.Inverter, Process = process, Readout = ReadoutKind.Currents };
        var design = Compile(Dense(4, 6, 9), options);
        CompiledDesignWriter.Write(design, directory);
        CompiledDesignValidator.Validate(directory);
        var crossbar = design.Manifest.Layers[0].Crossbars[0];
        double[] x = [1, 0, 1, 1, 0, 0];

        var deck = DeckInputs.Apply(SpiceNetlistReader.ReadFile(Path.Combine(directory, crossbar.Deck)), x, 1.0);
        var result = fixture.Engine.Run(new SimulationRequest(deck));

        for (var r = 0; r < x.Length; r++)
        {
            var row = result.Voltage($"d_tile_r0_c0_{r}");
            if (x[r] == 1)
            {
                Assert.InRange(row, 0.5, 1.0);
            }
            else
            {
                Assert.InRange(row, 0.0, 0.01);
            }
        }
    }

    [Fact]
    public void Compile_SameInputsAndSeed_GivesByteIdenticalFiles()
    {
        var options = new CompileOptions { DesignName = "same", MaxTileRows = 8, MaxTileColumns = 8, NonIdealities = new NonIdealityOptions { ProgrammingErrorSigma = 0.05, StuckAtHrsRate = 0.1 } };

        var first = Compile(Dense(10, 21, 5), options);
        var second = Compile(Dense(10, 21, 5), options);
        var other = Compile(Dense(10, 21, 5), options with { Seed = 2 });

        Assert.Equal(first.Files, second.Files);
        Assert.NotEqual(first.Files, other.Files);
    }

    [Fact]
    public void Validate_WrittenDesign_PassesAndCatchesARemovedTile()
    {
        var design = Compile(Dense(10, 21, 7), new CompileOptions { DesignName = "v", MaxTileRows = 8, MaxTileColumns = 8 });
        CompiledDesignWriter.Write(design, directory);

        CompiledDesignValidator.Validate(directory);
        File.Delete(Path.Combine(directory, "fc", "tile-r1-c1.sub"));

        var error = Assert.Throws<Core.Diagnostics.InputException>(() => CompiledDesignValidator.Validate(directory));
        Assert.Contains("tile-r1-c1.sub", error.Message, StringComparison.Ordinal);
    }
}
