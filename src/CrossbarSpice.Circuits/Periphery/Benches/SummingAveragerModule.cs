using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="SummingAverager"/> with N = 8: in1 swept ±1 V, in2…in8 fixed (gap.cir values), ideal mean.</summary>
public sealed class SummingAveragerModule : PeripheryModule
{
    private static readonly double[] Others = [-0.3, 0.45, 0.1, -0.7, 0.25, 0.6, -0.05];

    /// <inheritdoc />
    public override string Name => "gap";

    /// <inheritdoc />
    public override string Title => "global average pooling: 8 summing resistors (eq. 9) + buffer";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.SeedFaithful;

    /// <inheritdoc />
    public override string Reference => "circuits.md §6";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var n = Others.Length + 1;
        var fixture = new List<NetlistItem>(BenchDeck.Supplies(process));
        for (var k = 0; k < Others.Length; k++)
        {
            fixture.Add(new VoltageSource($"vi{k + 2}", $"i{k + 2}", "0", Others[k]));
        }

        fixture.Add(new SubcircuitInstance("Xdut", [.. Enumerable.Range(1, n).Select(k => $"i{k}"), "out", "vdd", "vss"], SummingAverager.Name(n)));
        var sum = Others.Sum();
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(process, CmosOpAmp.Build(process), SummingAverager.Build(n)),
            Fixture = fixture,
            DeviceUnderTest = SummingAverager.Name(n),
            InputNode = "i1",
            Sweep = new BenchSweep("vi1", -1, 1, 0.01, 0.1),
            OutputNode = "out",
            Ideal = (v, _, _) => (v + sum) / n,
            Scale = ScaleFactor.Fixed("N", "inputs", n),
            InRange = (_, _) => true,
            RangeText = "V1 ∈ [−1, 1] V, others fixed",
            Step = new BenchStep(0, 0.9, 500e-9),
            Supplies = BenchDeck.Taps(process),
            InputLabel = "V1 (V)",
        };
    }
}
