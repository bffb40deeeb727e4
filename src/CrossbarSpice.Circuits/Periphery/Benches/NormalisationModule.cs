using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// Bench of <see cref="Normalisation"/>: V_in ∈ [−1.6, 1.6] V, ideal clip(−V_in, ±VN) with VN = 0.8 V. Two variants:
/// Table I (Rn3 = 10 kΩ) and the improved one with Rn3 = 100 kΩ, which cuts the clipped-region error (the switch
/// on-resistance over Rn3) about tenfold at the cost of a slower node (Rn3·CN = 100 ns).
/// </summary>
public sealed class NormalisationModule : PeripheryModule
{
    private readonly bool improved;

    /// <summary>Creates the Table-I bench, or the improved (Rn3 = 100 kΩ) one when <paramref name="improved"/>.</summary>
    public NormalisationModule(bool improved = false) => this.improved = improved;

    /// <summary>The options characterised.</summary>
    public NormalisationOptions Options => improved ? new NormalisationOptions { Rn3Ohms = 100e3 } : new NormalisationOptions();

    /// <inheritdoc />
    public override string Name => improved ? "normalisation-hi-rn3" : "normalisation";

    /// <inheritdoc />
    public override string Title => improved
        ? "normalisation with Rn3 = 100 kΩ (improved clipping)"
        : "normalisation: inverting amp + switch limiters Tn1–Tn9 + CN + buffer";

    /// <inheritdoc />
    public override ModuleStatus Status => improved ? ModuleStatus.Improved : ModuleStatus.Reconstructed;

    /// <inheritdoc />
    public override string Reference => "circuits.md §5";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var o = Options;
        var vn = o.LimitVolts;
        var gain = o.Rn2Ohms / o.Rn1Ohms;
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(
                process,
                OpAmps.Definition(o.OpAmp, process),
                SwitchLimiter.Build(process, upper: true, o),
                SwitchLimiter.Build(process, upper: false, o),
                Normalisation.Build(o)),
            Fixture =
            [
                .. BenchDeck.Supplies(process),
                new VoltageSource("vnp", "vnp", "0", vn),
                new VoltageSource("vnn", "vnn", "0", -vn),
                new SubcircuitInstance("Xdut", ["in", "out", "vnp", "vnn", "vdd", "vss"], Normalisation.Name),
            ],
            DeviceUnderTest = Normalisation.Name,
            InputNode = "in",
            Sweep = new BenchSweep("vin", -1.6, 1.6, 0.005, 0.05),
            OutputNode = "out",
            Ideal = (v, _, _) => Math.Clamp(-gain * v, -vn, vn),
            Scale = ScaleFactor.Fixed("VN", "V", vn),
            InRange = (_, _) => true,
            RangeText = "V_in ∈ [−1.6, 1.6] V, VN = 0.8 V",
            Step = new BenchStep(-0.5, 0.5, 1e-6),
            Supplies = [.. BenchDeck.Taps(process), new SupplyTap("vnp", vn), new SupplyTap("vnn", -vn)],
            InputLabel = "V_in (V)",
        };
    }
}
