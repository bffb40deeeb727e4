using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="GilbertMultiplier"/>: 2-D sweep V1, V2 ∈ [−1, 1] V, ideal K·V1·V2 with K fitted minimax.</summary>
public sealed class GilbertMultiplierModule : PeripheryModule
{
    /// <inheritdoc />
    public override string Name => "gilbert";

    /// <inheritdoc />
    public override string Title => "Gilbert Hadamard multiplier (Tm1–Tm8, Rm1, Rm2)";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.Reconstructed;

    /// <inheritdoc />
    public override string Reference => "circuits.md §3";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var o = new GilbertMultiplierOptions();
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(process, OpAmps.Definition(o.OpAmp, process), GilbertMultiplier.Build(process, o)),
            Fixture =
            [
                .. BenchDeck.Supplies(process),
                new VoltageSource("vcma", "cma", "0", o.UpperCommonModeVolts),
                new VoltageSource("vcmb", "cmb", "0", o.LowerCommonModeVolts),
                new SubcircuitInstance("Xdut", ["vin1", "vin2", "out", "cma", "cmb", "vdd", "vss"], GilbertMultiplier.Name),
            ],
            DeviceUnderTest = GilbertMultiplier.Name,
            InputNode = "vin1",
            Sweep = new BenchSweep("v1", -1, 1, 0.1, 0.25),
            OuterSweep = new BenchSweep("v2", -1, 1, 0.1, 0.25),
            OuterNode = "vin2",
            OutputNode = "out",
            Ideal = (x, y, k) => k * x * y,
            Scale = ScaleFactor.Fit("K", "V/V²", 1.009, 0.8, 1.2),
            InRange = (_, _) => true,
            RangeText = "V1, V2 ∈ [−1, 1] V (4 quadrants)",
            Step = new BenchStep(0, 1, 1e-6, SecondInput: 1),
            Supplies = [.. BenchDeck.Taps(process), new SupplyTap("vcma", o.UpperCommonModeVolts), new SupplyTap("vcmb", o.LowerCommonModeVolts)],
            InputLabel = "V1 (V)",
        };
    }
}
