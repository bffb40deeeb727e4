using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// Bench of an op-amp as a unity follower into 1 kΩ ∥ 2 pF (ideal V_out = V_in over its swing), plus its open-loop
/// DC gain from an open-loop input sweep (max dV_out/dV_in, 10 kΩ load).
/// </summary>
public sealed class OpAmpModule : PeripheryModule
{
    private readonly OpAmpKind kind;

    /// <summary>Creates the bench of <paramref name="kind"/>.</summary>
    public OpAmpModule(OpAmpKind kind) => this.kind = kind;

    /// <inheritdoc />
    public override string Name => kind == OpAmpKind.Cmos ? "opamp-cmos" : "opamp-mm";

    /// <inheritdoc />
    public override string Title => kind == OpAmpKind.Cmos ? "two-stage Miller CMOS op-amp (±1.8 V), follower" : "op-amp macromodel (A0 1e5, 10 MHz), follower";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.NewDesign;

    /// <inheritdoc />
    public override string Reference => kind == OpAmpKind.Cmos ? "circuits.md §9.2" : "circuits.md §9.1";

    /// <inheritdoc />
    public override PeripheryRequirements Requirements => new(Transistors: kind == OpAmpKind.Cmos, SplitSupply: true);

    private double Swing => kind == OpAmpKind.Cmos ? 1.3 : 1.5;

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process) => new()
    {
        Definitions = BenchDeck.Definitions(process, OpAmps.Definition(kind, process)),
        Fixture =
        [
            .. BenchDeck.Supplies(process),
            new SubcircuitInstance("Xdut", ["in", "out", "out", "vdd", "vss"], OpAmps.Name(kind)),
            new Resistor("Rload", "out", "0", 1e3),
            new Capacitor("Cload", "out", "0", 2e-12),
        ],
        DeviceUnderTest = OpAmps.Name(kind),
        InputNode = "in",
        Sweep = new BenchSweep("vin", -Swing, Swing, 0.01, 0.1),
        OutputNode = "out",
        Ideal = (v, _, _) => v,
        Scale = ScaleFactor.Fixed("gain", "V/V", 1),
        InRange = (_, _) => true,
        RangeText = $"follower, |V_in| ≤ {Swing} V into 1 kΩ",
        Step = new BenchStep(0, 1, 300e-9),
        Supplies = BenchDeck.Taps(process),
        InputLabel = "V_in (V)",
    };

    /// <inheritdoc />
    public override IReadOnlyList<AuxiliaryMeasurement> Auxiliary(PeripheryProcess process, bool coarse)
    {
        ArgumentNullException.ThrowIfNull(process);
        var span = kind == OpAmpKind.Cmos ? 5e-3 : 100e-6;
        var step = span / (coarse ? 200 : 1000);
        var netlist = new SpiceNetlist(
            $"{Name}: open-loop DC gain",
            [
                .. BenchDeck.Definitions(process, OpAmps.Definition(kind, process)),
                .. BenchDeck.Supplies(process),
                new VoltageSource("vin", "in", "0", -span),
                new SubcircuitInstance("Xdut", ["in", "0", "out", "vdd", "vss"], OpAmps.Name(kind)),
                new Resistor("Rload", "out", "0", 10e3),
            ]);
        return [new AuxiliaryMeasurement("dc_gain_db", "dB", netlist, new DcAnalysis(new DcSweep("vin", -span, span, step)), DcGainDb)];
    }

    private static double DcGainDb(BenchVectors v)
    {
        var x = v["vin"];
        var y = v["v(out)"];
        var best = 0.0;
        for (var k = 1; k < x.Count; k++)
        {
            best = Math.Max(best, Math.Abs((y[k] - y[k - 1]) / (x[k] - x[k - 1])));
        }

        return 20 * Math.Log10(best);
    }
}
