using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// Bench of <see cref="InverterDriver"/> on a 1.0 V read rail with a 100 fF row-wire load: ideal binary inverter
/// (V_RD below V_RD/2, 0 above); errors over the logic levels |V_in − V_RD/2| ≥ 0.2 V.
/// </summary>
public sealed class InverterDriverModule : PeripheryModule
{
    /// <summary>Read rail V_RD, V (1.0 V as in docs/circuits.md §7.1).</summary>
    public const double ReadRailVolts = 1.0;

    /// <inheritdoc />
    public override string Name => "inverter-driver";

    /// <inheritdoc />
    public override string Title => "CMOS inverter row driver (P 40/0.18, N 20/0.18) on a 1 V read rail";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.SeedFaithful;

    /// <inheritdoc />
    public override string Reference => "circuits.md §7.1";

    /// <inheritdoc />
    public override PeripheryRequirements Requirements => new(Transistors: true, SplitSupply: false);

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        const double vrd = ReadRailVolts;
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(process, InverterDriver.Build(process)),
            Fixture =
            [
                new VoltageSource("vrd", "vrd", "0", vrd),
                new SubcircuitInstance("Xdut", ["in", "out", "vrd"], InverterDriver.Name),
                new Capacitor("Cload", "out", "0", 100e-15),
            ],
            DeviceUnderTest = InverterDriver.Name,
            InputNode = "in",
            Sweep = new BenchSweep("vin", 0, vrd, 0.01, 0.05),
            OutputNode = "out",
            Ideal = (v, _, r) => v < r / 2 ? r : 0,
            Scale = ScaleFactor.Fixed("V_RD", "V", vrd),
            InRange = (v, _) => Math.Abs(v - (vrd / 2)) >= 0.2 - 1e-9,
            RangeText = "logic levels |V_in − 0.5 V| ≥ 0.2 V",
            Step = new BenchStep(0, vrd, 150e-9, MaxStepSeconds: 5e-12),
            Supplies = [new SupplyTap("vrd", vrd)],
            InputLabel = "V_in (V)",
        };
    }
}
