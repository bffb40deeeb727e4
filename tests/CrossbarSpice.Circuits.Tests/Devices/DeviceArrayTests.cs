using CrossbarSpice.Circuits.Devices;
using CrossbarSpice.Devices;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Devices.IvModels;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Devices.Process;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Devices.Wires;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Circuits.Tests.Devices;

/// <summary>Every card in device-cards/ loads and a 2×2 array of its cells solves in ngspice (operating point).</summary>
public sealed class DeviceArrayTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    public static IEnumerable<object[]> Cards => RepositoryPaths.CardFiles();

    [Theory]
    [MemberData(nameof(Cards))]
    public void Solve_TwoByTwoArrayOfEveryCard_ColumnCurrentsFiniteAndPlausible(string file)
    {
        var card = DeviceCardReader.Read(Path.Combine(RepositoryPaths.DeviceCards, file));
        switch (card)
        {
            case MemristorCard memristor:
                CheckArray(memristor);
                break;
            case ProcessCard process:
                foreach (var set in process.ModelSets)
                {
                    CheckArray(ReferenceCellIn(process, set.Level));
                }

                break;
            case WireCard wire:
                CheckWiredArray(wire);
                break;
            default:
                Assert.Fail($"no 2×2 check for {card.Kind}");
                break;
        }
    }

    [Fact]
    public void Solve_StaticPassiveArray_ColumnCurrentIsSumOfVTimesGWithin1e9()
    {
        var card = DeviceCardReader.ReadMemristor(Path.Combine(RepositoryPaths.DeviceCards, "ti-alox-taox-pt.json")) with { Cell = new PassiveCell() };
        double[] rows = [0.5, 0.2];
        var g = new double[,] { { card.Levels.ConductancesSiemens[3], card.Levels.ConductancesSiemens[150] }, { card.GmaxSiemens, card.GminSiemens } };

        var result = fixture.Engine.Run(new SimulationRequest(DeviceArrayBench.Build(card, rows, g), new OpAnalysis()));

        for (var j = 0; j < 2; j++)
        {
            var expected = (rows[0] * g[0, j]) + (rows[1] * g[1, j]);
            Assert.Equal(expected, result.Current($"vc{j}"), expected * 1e-9);
        }
    }

    private void CheckArray(MemristorCard card)
    {
        var read = card.ReadVoltageVolts;
        double[] rows = [read, read / 2];
        var states = card.IvModel.IsDynamic
            ? new double[,] { { 0, 1 }, { 0.5, 0.25 } }
            : new[,] { { card.GmaxSiemens, card.GminSiemens }, { card.Levels.ConductancesSiemens[1], card.GmaxSiemens } };

        var result = fixture.Engine.Run(new SimulationRequest(DeviceArrayBench.Build(card, rows, states), new OpAnalysis()));

        for (var j = 0; j < 2; j++)
        {
            var current = result.Current($"vc{j}");
            var ideal = (rows[0] + rows[1]) * card.GmaxSiemens;
            Assert.True(double.IsFinite(current), $"{card.Name}: column {j} current is not finite");
            Assert.InRange(current, 0, ideal * 1.000001);
            Assert.True(current > 1e-3 * rows[1] * card.GminSiemens, $"{card.Name}: column {j} carries no current ({current} A)");
        }
    }

    private void CheckWiredArray(WireCard wire)
    {
        // 2×2 ohmic cells of 10 kΩ, one wire segment before each cell on its row and after it on its column.
        var items = new List<NetlistItem> { new VoltageSource("vr0", "r0", "0", 0.5), new VoltageSource("vr1", "r1", "0", 0.5) };
        for (var j = 0; j < 2; j++)
        {
            items.Add(new VoltageSource($"vc{j}", $"c{j}", "0", 0.0));
        }

        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                var rowIn = j == 0 ? $"r{i}" : $"a{i}_{j - 1}";
                items.Add(new Resistor($"rw{i}{j}", rowIn, $"a{i}_{j}", wire.SegmentResistanceOhms));
                items.Add(new Resistor($"rm{i}{j}", $"a{i}_{j}", $"b{i}_{j}", 1e4));
                var colOut = i == 1 ? $"c{j}" : $"b{i + 1}_{j}";
                items.Add(new Resistor($"rc{i}{j}", $"b{i}_{j}", colOut, wire.SegmentResistanceOhms));
            }
        }

        var result = fixture.Engine.Run(new SimulationRequest(new SpiceNetlist("wired 2x2", items), new OpAnalysis()));

        for (var j = 0; j < 2; j++)
        {
            var current = result.Current($"vc{j}");
            Assert.InRange(current, 0.9 * 1e-4, 1e-4);
        }
    }

    private static MemristorCard ReferenceCellIn(ProcessCard process, TransistorModelLevel level) => new()
    {
        Name = "reference-1t1m",
        Title = "10 kΩ static memristor behind a 2 µm NMOS",
        Citation = "test",
        RonOhms = 1e4,
        RoffOhms = 1e5,
        Levels = ConductanceLevels.Linear(2, 1e-5, 1e-4),
        ProgrammingErrorRelativeSigma = 0,
        DeviceToDeviceRelativeSigma = 0,
        ReadNoiseRelativeSigma = 0,
        StuckAt = new StuckAtFaults(1e-4, 1e-5, 0, 0),
        Drift = DriftModel.None,
        ReadVoltageVolts = 0.5,
        ReadPulseWidthSeconds = 1e-7,
        CellAreaSquareMeters = 1e-12,
        IvModel = new StaticIvModel(),
        Cell = new AccessTransistorCell(new AccessTransistorCard
        {
            Polarity = TransistorPolarity.Nmos,
            WidthMeters = 2e-6,
            LengthMeters = process.FeatureSizeMeters,
            GateVoltageVolts = process.VddVolts,
            Process = process,
            ModelLevel = level,
        }),
    };
}
