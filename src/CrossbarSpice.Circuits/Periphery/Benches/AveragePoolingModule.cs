namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="AveragePooling"/> (Ps = 2, 4 inputs): in1 swept ±1 V, others fixed, ideal mean.</summary>
public sealed class AveragePoolingModule : PeripheryModule
{
    /// <inheritdoc />
    public override string Name => "avg-pool";

    /// <inheritdoc />
    public override string Title => "average pooling 2×2: 4×1 column (1/4 weights) + TIA + inverter";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.SeedFaithful;

    /// <inheritdoc />
    public override string Reference => "circuits.md §7.4";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var sum = PoolInputs.Others.Sum();
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(process, CmosOpAmp.Build(process), AveragePooling.Build()),
            Fixture = PoolInputs.Fixture(process, AveragePooling.Name(4)),
            DeviceUnderTest = AveragePooling.Name(4),
            InputNode = "i1",
            Sweep = new BenchSweep("vi1", -1, 1, 0.01, 0.1),
            OutputNode = "out",
            Ideal = (v, _, _) => (v + sum) / 4,
            Scale = ScaleFactor.Fixed("N", "inputs", 4),
            InRange = (_, _) => true,
            RangeText = "V1 ∈ [−1, 1] V, others fixed",
            Step = new BenchStep(0, 0.8, 1e-6),
            Supplies = BenchDeck.Taps(process),
            InputLabel = "V1 (V)",
        };
    }
}
