using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="AbsoluteValue"/>: V_in ∈ [−1, 1] V, ideal |V_in|.</summary>
public sealed class AbsoluteValueModule : PeripheryModule
{
    /// <inheritdoc />
    public override string Name => "abs";

    /// <inheritdoc />
    public override string Title => "absolute value: 2 op-amps + 2 diodes (seed 003)";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.SeedFaithful;

    /// <inheritdoc />
    public override string Reference => "circuits.md §7.2";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process) => new()
    {
        Definitions = BenchDeck.Definitions(process, DiodeModels.Switching(), CmosOpAmp.Build(process), AbsoluteValue.Build()),
        Fixture = [.. BenchDeck.Supplies(process), new SubcircuitInstance("Xdut", ["in", "out", "vdd", "vss"], AbsoluteValue.Name)],
        DeviceUnderTest = AbsoluteValue.Name,
        InputNode = "in",
        Sweep = new BenchSweep("vin", -1, 1, 0.01, 0.1),
        OutputNode = "out",
        Ideal = (v, _, _) => Math.Abs(v),
        Scale = ScaleFactor.Fixed("gain", "V/V", 1),
        InRange = (_, _) => true,
        RangeText = "|V_in| ≤ 1 V",
        Step = new BenchStep(-0.5, 0.5, 1e-6),
        Supplies = BenchDeck.Taps(process),
        InputLabel = "V_in (V)",
    };
}
