using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Circuits.Tests.Periphery;

public sealed class PeripheryGeneratorTests(PeripheryFixture fixture) : IClassFixture<PeripheryFixture>
{
    public static TheoryData<string> Modules() => new(PeripheryModules.All.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Bench_WrittenDeck_ReadsBackIdentical(string module)
    {
        var m = PeripheryModules.Find(module)!;
        var deck = m.Bench(fixture.Process(m)).DcNetlist(module);
        var text = SpiceNetlistWriter.Write(deck);
        Assert.Equal(text, SpiceNetlistWriter.Write(SpiceNetlistReader.Read(text, module)));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Bench_EveryMosfet_IsAnMCardOfTheCardsModels(string module)
    {
        var m = PeripheryModules.Find(module)!;
        var process = fixture.Process(m);
        var mosfets = m.Bench(process).Definitions.OfType<SubcircuitDefinition>().SelectMany(d => d.Items).OfType<Mosfet>().ToList();
        Assert.All(mosfets, t => Assert.StartsWith("M", t.Name, StringComparison.Ordinal));
        Assert.All(mosfets, t => Assert.Contains(t.Model, new[] { process.NmosModel, process.PmosModel }));
    }

    [Fact]
    public void SixTransistorSigmoid_Defaults_AreSeed000TableI()
    {
        var cell = SixTransistorSigmoid.Build(fixture.Process(new SigmoidSixTransistorModule()));
        var widths = cell.Items.OfType<Mosfet>().ToDictionary(t => t.Name, t => t.Parameters.Single(p => p.Name == "W").Value.NumberValue);
        Assert.Equal(new Dictionary<string, double> { ["MTs1"] = 20e-6, ["MTs2"] = 20e-6, ["MTs3"] = 19e-6, ["MTs4"] = 18e-6, ["MTs5"] = 20e-6, ["MTs6"] = 20e-6 }, widths);
        Assert.Equal(["out", "vtb", "bn", "bp", "vdd", "vss"], cell.Ports);
    }

    [Fact]
    public void GilbertMultiplier_Defaults_AreSeed000TableI()
    {
        var cell = GilbertMultiplier.Build(fixture.Process(new GilbertMultiplierModule()));
        var sizes = cell.Items.OfType<Mosfet>().ToDictionary(t => t.Name, t => (t.Parameters[0].Value.NumberValue, t.Parameters[1].Value.NumberValue));
        foreach (var quad in new[] { "MTm1", "MTm2", "MTm5", "MTm6" })
        {
            Assert.Equal((1.6e-6, 0.3e-6), sizes[quad]);
        }

        foreach (var lower in new[] { "MTm3", "MTm4", "MTm7", "MTm8" })
        {
            Assert.Equal((2e-6, 0.22e-6), sizes[lower]);
        }
    }

    [Fact]
    public void ReluAndTanh_Defaults_AreSeed000TableI()
    {
        var relu = ReluRectifier.Build().Items.OfType<Resistor>().ToDictionary(r => r.Name, r => r.Resistance.NumberValue);
        Assert.Equal(new Dictionary<string, double> { ["Rr1"] = 10e3, ["Rr2"] = 10e3, ["Rr3"] = 1e3 }, relu);
        var tanh = TanhAmplifier.Build().Items.OfType<Resistor>().ToDictionary(r => r.Name, r => r.Resistance.NumberValue);
        Assert.Equal(new Dictionary<string, double> { ["Rs1"] = 1e3, ["Rs2"] = 1.7e3, ["Rs3"] = 1e3, ["Rs4"] = 1e3 }, tanh);
        Assert.Equal(0.675, new TanhAmplifierOptions().SignalGain / 2, 12);
    }

    [Fact]
    public void CmosOpAmp_Emitted_MatchesCircuitsMdSection92Table()
    {
        var amp = CmosOpAmp.Build(fixture.Process(new OpAmpModule(OpAmpKind.Cmos)));
        var devices = amp.Items.OfType<Mosfet>().Select(t => $"{t.Name} {t.Drain} {t.Gate} {t.Source} {t.Bulk} {t.Parameters[0].Value.NumberValue * 1e6:0.##}/{t.Parameters[1].Value.NumberValue * 1e6:0.##}");
        Assert.Equal(
            [
                "MB nb nb vss vss 4/1", "M1 n1 inn ntail vss 20/0.5", "M2 n2 inp ntail vss 20/0.5", "M3 n1 n1 vdd vdd 10/0.5",
                "M4 n2 n1 vdd vdd 10/0.5", "M5 ntail nb vss vss 8/1", "M6 out n2 vdd vdd 240/0.25", "M7 out nb vss vss 160/1",
            ],
            devices);
    }
}
