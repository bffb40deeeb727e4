namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="MaxSelector"/> (4 inputs): in1 swept ±1 V, others fixed, ideal max.</summary>
public sealed class MaxSelectorModule : PeripheryModule
{
    /// <inheritdoc />
    public override string Name => "max-pool";

    /// <inheritdoc />
    public override string Title => "voltage-selector max pooling: 4 super-diodes + pull-down";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.Reconstructed;

    /// <inheritdoc />
    public override string Reference => "circuits.md §7.5";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var others = PoolInputs.Others.Max();
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(process, DiodeModels.Switching(), CmosOpAmp.Build(process), MaxSelector.Build()),
            Fixture = PoolInputs.Fixture(process, MaxSelector.Name(4)),
            DeviceUnderTest = MaxSelector.Name(4),
            InputNode = "i1",
            Sweep = new BenchSweep("vi1", -1, 1, 0.01, 0.1),
            OutputNode = "out",
            Ideal = (v, _, _) => Math.Max(v, others),
            Scale = ScaleFactor.Fixed("N", "inputs", 4),
            InRange = (_, _) => true,
            RangeText = "V1 ∈ [−1, 1] V, others fixed (max 0.45 V)",
            Step = new BenchStep(0, 0.8, 1e-6),
            Supplies = BenchDeck.Taps(process),
            InputLabel = "V1 (V)",
        };
    }
}
