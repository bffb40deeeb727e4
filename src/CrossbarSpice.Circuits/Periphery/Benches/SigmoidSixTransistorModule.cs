using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="SixTransistorSigmoid"/>: current into the shared node, V ≈ σ(I/Is), |I| ≤ 6·331 µA.</summary>
public sealed class SigmoidSixTransistorModule : PeripheryModule
{
    /// <inheritdoc />
    public override string Name => "sigmoid-6t";

    /// <inheritdoc />
    public override string Title => "six-transistor current-input sigmoid (Ts1–Ts6)";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.Reconstructed;

    /// <inheritdoc />
    public override string Reference => "circuits.md §1";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var o = new SixTransistorSigmoidOptions();
        const double range = 6 * 331e-6;
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(process, SixTransistorSigmoid.Build(process, o)),
            Fixture =
            [
                .. BenchDeck.Supplies(process),
                new VoltageSource("vtb", "vtb", "0", o.CentreVolts),
                new VoltageSource("vbn", "bn", "0", o.NmosGateVolts),
                new VoltageSource("vbp", "bp", "0", o.PmosGateVolts),
                new SubcircuitInstance("Xdut", ["out", "vtb", "bn", "bp", "vdd", "vss"], SixTransistorSigmoid.Name),
            ],
            DeviceUnderTest = SixTransistorSigmoid.Name,
            InputKind = BenchInputKind.Current,
            InputNode = "out",
            Sweep = new BenchSweep("iin", -2e-3, 2e-3, 10e-6, 50e-6),
            OutputNode = "out",
            Ideal = (x, _, s) => 1 / (1 + Math.Exp(-x / s)),
            Scale = ScaleFactor.Fit("Is", "A", 331e-6, 200e-6, 500e-6),
            InRange = (x, _) => Math.Abs(x) <= range * (1 + 1e-9),
            RangeText = "|I| ≤ 1.986 mA (|x| ≤ 6 at Is = 331 µA)",
            Step = new BenchStep(0, 331e-6, 150e-9),
            Supplies = [.. BenchDeck.Taps(process), new SupplyTap("vtb", o.CentreVolts), new SupplyTap("vbn", o.NmosGateVolts), new SupplyTap("vbp", o.PmosGateVolts)],
            InputLabel = "input current (µA)",
            InputPlotScale = 1e6,
        };
    }
}
