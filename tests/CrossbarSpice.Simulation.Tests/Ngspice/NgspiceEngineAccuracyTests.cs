using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Netlist.Writing;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Simulation.Tests.Ngspice;

/// <summary>In-process ngspice against analytic solutions, hand computation and the ngspice CLI.</summary>
public sealed class NgspiceEngineAccuracyTests : IClassFixture<EngineFixture>
{
    private readonly ISimulationEngine engine;

    public NgspiceEngineAccuracyTests(EngineFixture fixture) => engine = fixture.Engine;

    [Fact]
    public void Run_RcStep_MatchesAnalyticExponentialWithin1e4()
    {
        // Analytic: v(out) = 1 − exp(−t/τ), τ = R·C = 1 µs. Tight tolerances and a 5 ns step cap keep
        // ngspice's own integration error far below the 1e-4 bound.
        var netlist = Decks.Parse(
            "rc\nV1 in 0 PULSE(0 1 0 1e-15 1e-15 1 2)\nR1 in out 1000\nC1 out 0 1e-9\n" +
            ".options reltol=1e-7 abstol=1e-15 vntol=1e-9 method=gear\n.tran 5e-9 5e-6 0 5e-9\n.end\n");
        var result = engine.Run(new SimulationRequest(netlist));

        var time = result["time"].Values;
        var output = result["v(out)"].Values;
        Assert.True(time.Count > 500, $"expected a dense time axis, got {time.Count} points");
        var checkedPoints = 0;
        for (var i = 0; i < time.Count; i++)
        {
            if (time[i] < 2e-7)
            {
                continue; // the relative bound is meaningless where v(out) is still near 0
            }

            var expected = 1 - Math.Exp(-time[i] / 1e-6);
            Close.Assert(expected, output[i], 1e-4, 0, $"v(out) at t = {time[i]:R} s");
            checkedPoints++;
        }

        Assert.True(checkedPoints > 400);
    }

    [Fact]
    public void Run_ResistorLadder_MatchesHandComputedNodeVoltages()
    {
        // R-2R ladder from 1 V: total 2 kΩ, so I = 0.5 mA and each rung halves the voltage.
        var result = engine.Run(new SimulationRequest(Decks.Example("resistor-ladder.cir")));

        Close.Assert(1.0, result.Voltage("n1"), 1e-12, 0, "v(n1)");
        Close.Assert(0.5, result.Voltage("n2"), 1e-12, 0, "v(n2)");
        Close.Assert(0.25, result.Voltage("n3"), 1e-12, 0, "v(n3)");
        Close.Assert(0.125, result.Voltage("n4"), 1e-12, 0, "v(n4)");
        Close.Assert(-0.5e-3, result.Current("v1"), 1e-12, 0, "i(v1)");
    }

    [Fact]
    public void Run_DiodeMosfetOperatingPoint_MatchesNgspiceCliWithin1e9()
    {
        var netlist = Decks.Example("diode-mosfet.cir");
        var result = engine.Run(new SimulationRequest(netlist));
        var deck = SpiceNetlistWriter.Write(netlist.WithAnalyses([]));
        var reference = NgspiceCli.Run(deck[..deck.LastIndexOf(".end", StringComparison.Ordinal)], "op");

        Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), result.Vectors.Select(v => v.Name).Order(StringComparer.Ordinal));
        foreach (var (name, values) in reference)
        {
            Close.Assert(values[0], result[name].Final, 1e-9, 1e-15, name);
        }
    }

    [Fact]
    public void Run_DiodeDcSweep_MatchesNgspiceCliAtEveryPoint()
    {
        var netlist = Decks.Example("diode-mosfet.cir");
        var sweep = new DcAnalysis(new DcSweep("VIN", 0, 1.8, 0.05));
        var result = engine.Run(new SimulationRequest(netlist, sweep));
        var deck = SpiceNetlistWriter.Write(netlist.WithAnalyses([]));
        var reference = NgspiceCli.Run(deck[..deck.LastIndexOf(".end", StringComparison.Ordinal)], "dc VIN 0 1.8 0.05");

        Assert.Equal(37, result.PointCount);
        foreach (var name in new[] { "v(drain)", "v(anode)", "i(vdd)" })
        {
            for (var i = 0; i < result.PointCount; i++)
            {
                Close.Assert(reference[name][i], result[name].Values[i], 1e-9, 1e-15, $"{name}[{i}]");
            }
        }
    }
}
