using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// Bench of <see cref="LayerNormaliser"/> (4 features, γ = 1.2, β = 0.1 V on every feature): V1 and V2 swept over
/// ±1 V with V3 and V4 fixed, output 1 against γ·a·(V1 − μ)/σ + β, the volts per unit a fitted minimax (nominal
/// (R_f/R_i)/K = 0.5/1.009).
/// </summary>
public sealed class LayerNormModule : PeripheryModule
{
    /// <summary>Fixed inputs V3, V4, V.</summary>
    public static IReadOnlyList<double> FixedInputs { get; } = [0.3, -0.2];

    /// <summary>γ of every feature on the bench.</summary>
    public const double Gamma = 1.2;

    /// <summary>β of every feature on the bench, V.</summary>
    public const double BetaVolts = 0.1;

    /// <inheritdoc />
    public override string Name => "layer-norm";

    /// <inheritdoc />
    public override string Title => "layer norm: averager, mean subtraction, Gilbert squarers, root and dividers, γ/β";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.Reconstructed;

    /// <inheritdoc />
    public override string Reference => "circuits.md §15";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var o = new LayerNormaliserOptions { Gammas = [Gamma, Gamma, Gamma, Gamma], BetaVolts = [BetaVolts, BetaVolts, BetaVolts, BetaVolts] };
        var fixture = new List<NetlistItem>(BenchDeck.Supplies(process))
        {
            new VoltageSource("vcma", "cma", "0", o.Multiplier.UpperCommonModeVolts),
            new VoltageSource("vcmb", "cmb", "0", o.Multiplier.LowerCommonModeVolts),
        };
        for (var k = 0; k < FixedInputs.Count; k++)
        {
            fixture.Add(new VoltageSource($"vi{k + 3}", $"i{k + 3}", "0", FixedInputs[k]));
        }

        fixture.Add(new SubcircuitInstance("Xdut", ["i1", "i2", "i3", "i4", "out", "o2", "o3", "o4", "vdd", "vss", "cma", "cmb"], LayerNormaliser.Name(4)));
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(
                process,
                DiodeModels.Switching(),
                OpAmps.Definition(o.OpAmp, process),
                OpAmps.Definition(AffineAmplifier.OpAmp, process),
                GilbertMultiplier.Build(process, o.Multiplier),
                LayerNormaliser.Build(o)),
            Fixture = fixture,
            DeviceUnderTest = LayerNormaliser.Name(4),
            InputNode = "i1",
            Sweep = new BenchSweep("vi1", -1, 1, 0.05, 0.25),
            OuterSweep = new BenchSweep("vi2", -1, 1, 0.1, 0.5),
            OuterNode = "i2",
            OutputNode = "out",
            Ideal = (x, y, a) => (Gamma * a * Normalised([x, y, .. FixedInputs])) + BetaVolts,
            Scale = ScaleFactor.Fit("a", "V", o.NominalVoltsPerUnit / 1.009, 0.4, 0.6),
            InRange = (_, _) => true,
            RangeText = "V1, V2 ∈ [−1, 1] V, V3 = 0.3 V, V4 = −0.2 V; γ = 1.2, β = 0.1 V",
            Step = new BenchStep(-0.5, 0.5, 2e-6, SecondInput: 0),
            Supplies =
            [
                .. BenchDeck.Taps(process),
                new SupplyTap("vcma", o.Multiplier.UpperCommonModeVolts),
                new SupplyTap("vcmb", o.Multiplier.LowerCommonModeVolts),
                new SupplyTap("vi3", FixedInputs[0]),
                new SupplyTap("vi4", FixedInputs[1]),
            ],
            InputLabel = "V1 (V)",
        };
    }

    /// <summary>(v₀ − mean(v)) / std(v) (population standard deviation, ε = 0).</summary>
    private static double Normalised(IReadOnlyList<double> v)
    {
        var mean = v.Average();
        var sigma = Math.Sqrt(v.Average(x => (x - mean) * (x - mean)));
        return (v[0] - mean) / sigma;
    }
}
