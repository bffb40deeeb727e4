using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// Bench of <see cref="GeneralActivation"/>: V_ob ∈ [−1, 1] V; the sigmoid output is compared with σ(k·V_ob), the
/// tanh output with tanh(k·V_ob), k fitted minimax (docs/circuits.md §8: 7.04 /V and 3.47 /V).
/// </summary>
public sealed class GeneralActivationModule : PeripheryModule
{
    private readonly bool tanh;

    /// <summary>Creates the sigmoid (<paramref name="tanh"/> false) or tanh bench.</summary>
    public GeneralActivationModule(bool tanh) => this.tanh = tanh;

    /// <inheritdoc />
    public override string Name => tanh ? "general-tanh" : "general-sigmoid";

    /// <inheritdoc />
    public override string Title => $"general activation (seed 002 eqs. 11–13), {(tanh ? "tanh" : "sigmoid")} output";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.SeedFaithful;

    /// <inheritdoc />
    public override string Reference => "circuits.md §8";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var o = new GeneralActivationOptions();
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(process, GeneralActivation.Build(process, o)),
            Fixture =
            [
                .. BenchDeck.Supplies(process),
                new VoltageSource("vtref", "vtref", "0", o.TanhReferenceVolts),
                new SubcircuitInstance("Xdut", ["ob", "sig", "tanh", "vtref", "vdd", "vss"], GeneralActivation.Name),
            ],
            DeviceUnderTest = GeneralActivation.Name,
            InputNode = "ob",
            Sweep = new BenchSweep("vob", -1, 1, 0.005, 0.05),
            OutputNode = tanh ? "tanh" : "sig",
            Ideal = tanh ? (v, _, k) => Math.Tanh(k * v) : (v, _, k) => 1 / (1 + Math.Exp(-k * v)),
            Scale = tanh ? ScaleFactor.Fit("k", "1/V", 3.47, 2.5, 4.5) : ScaleFactor.Fit("k", "1/V", 7.04, 5, 9),
            InRange = (_, _) => true,
            RangeText = "V_ob ∈ [−1, 1] V",
            Step = new BenchStep(-0.2, 0.2, 300e-9),
            Supplies = [.. BenchDeck.Taps(process), new SupplyTap("vtref", o.TanhReferenceVolts)],
            InputLabel = "V_ob (V)",
        };
    }
}
