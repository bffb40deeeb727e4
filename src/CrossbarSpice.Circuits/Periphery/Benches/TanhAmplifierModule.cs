using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="TanhAmplifier"/> (Table I form): V_sig swept 0…1 V, ideal 0.675·(2V_sig − 1).</summary>
public sealed class TanhAmplifierModule : PeripheryModule
{
    /// <inheritdoc />
    public override string Name => "tanh-amp";

    /// <inheritdoc />
    public override string Title => "op-amp tanh stage 2σ(2x)−1 (A1, Rs1–Rs4, Table I)";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.Reconstructed;

    /// <inheritdoc />
    public override string Reference => "circuits.md §2";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var o = new TanhAmplifierOptions();
        var amplitude = o.SignalGain / 2;
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(process, OpAmps.Definition(o.OpAmp, process), TanhAmplifier.Build(o)),
            Fixture =
            [
                .. BenchDeck.Supplies(process),
                new VoltageSource("vref", "ref", "0", o.ReferenceVolts),
                new SubcircuitInstance("Xdut", ["sig", "ref", "out", "vdd", "vss"], TanhAmplifier.Name),
            ],
            DeviceUnderTest = TanhAmplifier.Name,
            InputNode = "sig",
            Sweep = new BenchSweep("vsig", 0, 1, 0.005, 0.05),
            OutputNode = "out",
            Ideal = (v, _, a) => a * ((2 * v) - 1),
            Scale = ScaleFactor.Fixed("amplitude", "V", amplitude),
            InRange = (_, _) => true,
            RangeText = "V_sig 0…1 V",
            Step = new BenchStep(0.2, 0.8, 500e-9),
            Supplies = [.. BenchDeck.Taps(process), new SupplyTap("vref", o.ReferenceVolts)],
            InputLabel = "sigmoid input V_sig (V)",
        };
    }
}
