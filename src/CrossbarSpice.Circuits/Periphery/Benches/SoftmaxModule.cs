using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// Bench of <see cref="TranslinearSoftmax"/> (4 inputs): V1 and V2 swept over ±1 V with V3 and V4 fixed, output 1 against
/// R_F·I_T · softmax(V/T)₁, the temperature T (input volts per unit of the softmax argument) fitted minimax.
/// </summary>
public sealed class SoftmaxModule : PeripheryModule
{
    /// <summary>Fixed inputs V3, V4, V.</summary>
    public static IReadOnlyList<double> FixedInputs { get; } = [0.2, -0.4];

    /// <inheritdoc />
    public override string Name => "softmax";

    /// <inheritdoc />
    public override string Title => "softmax: subthreshold exponentials, shared tail (sum, division), TIAs";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.Reconstructed;

    /// <inheritdoc />
    public override string Reference => "circuits.md §14";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var o = new TranslinearSoftmaxOptions();
        var fixture = new List<NetlistItem>(BenchDeck.Supplies(process));
        for (var k = 0; k < FixedInputs.Count; k++)
        {
            fixture.Add(new VoltageSource($"vi{k + 3}", $"i{k + 3}", "0", FixedInputs[k]));
        }

        fixture.Add(new SubcircuitInstance("Xdut", ["i1", "i2", "i3", "i4", "out", "o2", "o3", "o4", "vdd", "vss"], TranslinearSoftmax.Name(4)));
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(process, OpAmps.Definition(o.OpAmp, process), TranslinearSoftmax.Build(process, o)),
            Fixture = fixture,
            DeviceUnderTest = TranslinearSoftmax.Name(4),
            InputNode = "i1",
            Sweep = new BenchSweep("vi1", -1, 1, 0.05, 0.25),
            OuterSweep = new BenchSweep("vi2", -1, 1, 0.1, 0.5),
            OuterNode = "i2",
            OutputNode = "out",
            Ideal = (x, y, t) => o.OutputVoltsPerUnit * First([x, y, .. FixedInputs], t),
            Scale = ScaleFactor.Fit("T", "V", 0.25, 0.15, 0.4),
            InRange = (_, _) => true,
            RangeText = "V1, V2 ∈ [−1, 1] V, V3 = 0.2 V, V4 = −0.4 V; 1 V per unit probability",
            Step = new BenchStep(-0.5, 0.5, 2e-6, SecondInput: 0),
            Supplies = [.. BenchDeck.Taps(process), new SupplyTap("vi3", FixedInputs[0]), new SupplyTap("vi4", FixedInputs[1])],
            InputLabel = "V1 (V)",
        };
    }

    /// <summary>softmax(v / t) of the first element.</summary>
    private static double First(IReadOnlyList<double> v, double t)
    {
        var max = v.Max();
        var sum = v.Sum(x => Math.Exp((x - max) / t));
        return Math.Exp((v[0] - max) / t) / sum;
    }
}
