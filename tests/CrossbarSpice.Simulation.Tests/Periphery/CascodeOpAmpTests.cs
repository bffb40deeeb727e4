using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Simulation.Tests.Periphery;

/// <summary>
/// The cascoded CMOS op-amp against the plain one, measured in ngspice on the 180 nm BSIM3 card: open-loop gain in an
/// inverting ×(−1) stage, the precision rectifier built on it, and a step response for stability.
/// </summary>
public sealed class CascodeOpAmpTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private static readonly PeripheryProcess Process = PeripheryProcess.Resolve(
        DeviceCardReader.Read(Path.Combine(Decks.RepositoryRoot, "device-cards", "cmos-180nm.json")),
        "opamp",
        new PeripheryRequirements(Transistors: true, SplitSupply: true));

    [Fact]
    public void InvertingStage_OpenLoopGain_AboveFiftyThousandOverHalfVoltSwing_PlainOneBelowTenThousand()
    {
        // Gain = dV_out / dV(inverting input) in a 10 kΩ / 10 kΩ inverter; measured ≈ 1.1e5 (cascode), ≈ 4.5e3 (plain).
        var cascode = MinimumGain(OpAmpKind.CmosCascode);
        var plain = MinimumGain(OpAmpKind.Cmos);
        Assert.True(cascode > 5e4, $"cascode op-amp gain {cascode:0}");
        Assert.True(plain < 1e4, $"plain op-amp gain {plain:0}");
    }

    [Fact]
    public void AbsoluteValue_OnCascodeOpAmps_WithinPoint15MillivoltOfAbsOverPoint8Volt()
    {
        // The seed-003 rectifier on the plain op-amp is 0.6 mV off at 0 V and 2.4 mV off at 0.8 V (docs/periphery.md).
        var result = Run(
            [
                new SubcircuitInstance("X1", ["in", "out", "vdd", "vss"], AbsoluteValue.Name),
                new VoltageSource("vin", "in", "0", 0.0),
            ],
            [DiodeModels.Switching(), AbsoluteValue.Build(opAmp: OpAmpKind.CmosCascode)],
            new DcAnalysis(new DcSweep("vin", -0.8, 0.8, 0.01)));
        var x = result["vin"].Values;
        var y = result["v(out)"].Values;
        var worst = Enumerable.Range(0, x.Count).Max(k => Math.Abs(y[k] - Math.Abs(x[k])));
        Assert.True(worst < 0.15e-3, $"worst |out − |in|| {worst * 1e3:0.000} mV");
    }

    [Fact]
    public void InvertingStage_HalfVoltStep_SettlesToOneMillivoltWithin200NanosecondsWithoutRinging()
    {
        var step = new PulseWaveform(0.0, 0.5, 10e-9, 1e-9, 1e-9, 1, 2);
        var result = Run(
            [
                new VoltageSource("vin", "in", "0", new SourceWaveform(0.0, Transient: step)),
                new Resistor("R1", "in", "nn", 10e3),
                new Resistor("R2", "nn", "out", 10e3),
                new Capacitor("CL", "out", "0", 2e-12),
                new SubcircuitInstance("X1", ["0", "nn", "out", "vdd", "vss"], CascodeOpAmp.Name),
            ],
            [],
            new TranAnalysis(0.5e-9, 400e-9, MaxStep: 0.5e-9));
        var t = result.Axis!.Values;
        var v = result["v(out)"].Values;
        var final = v[^1];
        Assert.InRange(final, -0.5 - 1e-3, -0.5 + 1e-3);
        var undershoot = v.Min();
        Assert.True(undershoot > final - 0.05, $"overshoot to {undershoot:0.0000} V");
        var late = Enumerable.Range(0, t.Count).Where(k => t[k] >= 210e-9).Max(k => Math.Abs(v[k] - final));
        Assert.True(late < 1e-3, $"still {late * 1e3:0.00} mV off 200 ns after the step");
    }

    private double MinimumGain(OpAmpKind kind)
    {
        var result = Run(
            [
                new VoltageSource("vin", "in", "0", 0.0),
                new Resistor("R1", "in", "nn", 10e3),
                new Resistor("R2", "nn", "out", 10e3),
                new SubcircuitInstance("X1", ["0", "nn", "out", "vdd", "vss"], OpAmps.Name(kind)),
            ],
            [],
            new DcAnalysis(new DcSweep("vin", -0.5, 0.5, 0.05)),
            kind);
        var nn = result["v(nn)"].Values;
        var o = result["v(out)"].Values;
        return Enumerable.Range(1, nn.Count - 1).Min(k => Math.Abs((o[k] - o[k - 1]) / (nn[k] - nn[k - 1])));
    }

    private SimulationResult Run(IReadOnlyList<NetlistItem> fixtureItems, IReadOnlyList<NetlistItem> definitions, AnalysisCommand analysis, OpAmpKind kind = OpAmpKind.CmosCascode)
    {
        var items = new List<NetlistItem> { new IncludeDirective(Process.ModelLibraryPath!), OpAmps.Definition(kind, Process) };
        items.AddRange(definitions);
        items.Add(new VoltageSource("vdd", "vdd", "0", Process.VddVolts));
        items.Add(new VoltageSource("vss", "vss", "0", Process.VssVolts));
        items.AddRange(fixtureItems);
        return fixture.Engine.Run(new SimulationRequest(new SpiceNetlist("cascode op-amp test", items), analysis));
    }
}
