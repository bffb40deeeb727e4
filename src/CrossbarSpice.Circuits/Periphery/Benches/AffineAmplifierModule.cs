namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="AffineAmplifier"/> at a = 1.5, V_b = 0.1 V (the positive-gain variant, with its inverter):
/// V_in swept ±1 V, ideal 1.5·V_in + 0.1 V, errors where the ideal output is within ±1.5 V.</summary>
public sealed class AffineAmplifierModule : PeripheryModule
{
    /// <summary>Gain a of the bench.</summary>
    public const double Gain = 1.5;

    /// <summary>Bias V_b of the bench, V.</summary>
    public const double BiasVolts = 0.1;

    /// <inheritdoc />
    public override string Name => AffineAmplifier.Name;

    /// <inheritdoc />
    public override string Title => "per-channel affine a·x + b: inverting summer with bias source + inverter";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.Reconstructed;

    /// <inheritdoc />
    public override string Reference => "circuits.md §7.8";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process) => new()
    {
        Definitions = BenchDeck.Definitions(process, CascodeOpAmp.Build(process), AffineAmplifier.Build(Gain, BiasVolts)),
        Fixture =
        [
            .. BenchDeck.Supplies(process),
            new Netlist.Elements.SubcircuitInstance("Xdut", ["in", "out", "vdd", "vss"], AffineAmplifier.Name),
        ],
        DeviceUnderTest = AffineAmplifier.Name,
        InputNode = "in",
        Sweep = new BenchSweep("vin", -1, 1, 0.01, 0.1),
        OutputNode = "out",
        Ideal = (x, _, a) => (a * x) + BiasVolts,
        Scale = ScaleFactor.Fixed("a", "V/V", Gain),
        InRange = (x, _) => Math.Abs((Gain * x) + BiasVolts) <= 1.5,
        RangeText = "V_in ∈ [−1, 1] V with |1.5·V_in + 0.1| ≤ 1.5 V",
        Step = new BenchStep(0, 0.5, 1e-6),
        Supplies = BenchDeck.Taps(process),
        InputLabel = "V_in (V)",
    };
}
