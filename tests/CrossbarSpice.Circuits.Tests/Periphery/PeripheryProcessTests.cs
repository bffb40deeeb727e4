using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Devices.Process;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;

namespace CrossbarSpice.Circuits.Tests.Periphery;

public sealed class PeripheryProcessTests(PeripheryFixture fixture) : IClassFixture<PeripheryFixture>
{
    private ProcessCard Card => (ProcessCard)fixture.Card;

    [Fact]
    public void Resolve_MemristorCard_NamesModuleAndKind()
    {
        var memristor = DeviceCardReader.Read(Path.Combine(RepositoryPaths.DeviceCards, "vteam-seed001.json"));
        var error = Assert.Throws<PeripheryCardException>(() => PeripheryProcess.Resolve(memristor, "relu", new ReluModule().Requirements));
        Assert.Equal(("relu", "kind"), (error.Module, error.Field));
        Assert.Contains("module 'relu'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoNegativeSupply_NamesModuleAndVssField()
    {
        var single = Card with { VssVolts = 0 };
        var error = Assert.Throws<PeripheryCardException>(() => PeripheryProcess.Resolve(single, "gilbert", new GilbertMultiplierModule().Requirements));
        Assert.Equal(("gilbert", "supplies.vssVolts"), (error.Module, error.Field));
    }

    [Fact]
    public void Resolve_SingleSupplyForInverter_IsAccepted() =>
        Assert.Equal(1.8, PeripheryProcess.Resolve(Card with { VssVolts = 0 }, "inverter-driver", new InverterDriverModule().Requirements).VddVolts);

    [Fact]
    public void Resolve_NoModelSetOfLevel_NamesModuleAndModelSets()
    {
        var bsimOnly = Card with { ModelSets = [.. Card.ModelSets.Where(s => s.Level == TransistorModelLevel.Bsim3)] };
        var error = Assert.Throws<PeripheryCardException>(() => PeripheryProcess.Resolve(bsimOnly, "sigmoid-6t", new SigmoidSixTransistorModule().Requirements, TransistorModelLevel.Level1));
        Assert.Equal(("sigmoid-6t", "modelSets[Level1]"), (error.Module, error.Field));
    }

    [Fact]
    public void Resolve_NoTransistorModels_NamesModuleAndField()
    {
        var none = Card with { ModelSets = [] };
        var error = Assert.Throws<PeripheryCardException>(() => PeripheryProcess.Resolve(none, "opamp-cmos", new OpAmpModule(OpAmpKind.Cmos).Requirements));
        Assert.StartsWith("modelSets", error.Field, StringComparison.Ordinal);
        Assert.Contains("opamp-cmos", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MissingLibraryFile_NamesTheFile()
    {
        var moved = Card with { ModelSets = [.. Card.ModelSets.Select(s => s with { LibraryPath = "/nonexistent/models.lib" })] };
        var error = Assert.Throws<PeripheryCardException>(() => PeripheryProcess.Resolve(moved, "relu", new ReluModule().Requirements));
        Assert.Equal("modelSets[Bsim3].file", error.Field);
    }

    [Fact]
    public void Resolve_MacromodelOnlyModule_NeedsNoModels() =>
        Assert.Null(PeripheryProcess.Resolve(Card with { ModelSets = [] }, "bounded-tanh", new BoundedLinearModule().Requirements).ModelLibraryPath);

    [Fact]
    public void Characterise_NonConvergingBench_ReportsNgspiceMessageAndOperatingPoint()
    {
        var module = new ReluModule();
        var error = Assert.Throws<PeripheryBenchException>(() => PeripheryCharacteriser.Run(module, fixture.Process(module), new FailingSimulator(), coarse: true));
        Assert.Equal(("relu", "dc"), (error.Module, error.Analysis));
        Assert.Contains("no convergence in DC sweep", error.Message, StringComparison.Ordinal);
        Assert.Equal([new("out", -1.17), new("xdut.a1o", -1.75)], error.OperatingPoint);
        Assert.Contains("out = -1.17 V", error.Message, StringComparison.Ordinal);
    }

    private sealed class FailingSimulator : IBenchSimulator
    {
        private const string Log = "Warning: gmin stepping failed\n\nLast Node Voltages\n------------------\n\nNode                Last Voltage        Previous Iter\n----                ------------        -------------\nout                 -1.17               -1.16\nxdut.a1o            -1.75               -1.74\n\nError: no convergence in DC sweep\n";

        public CrossbarSpice.Circuits.Characterisation.BenchVectors Run(SpiceNetlist netlist, AnalysisCommand analysis, CancellationToken cancellationToken) =>
            throw new BenchSimulationException("no convergence", "no convergence in DC sweep", Log, null);
    }
}
