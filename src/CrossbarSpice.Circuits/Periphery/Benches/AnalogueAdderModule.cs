using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="AnalogueAdder"/>: V_a swept ±1 V with V_b = −0.3 V, ideal V_a + V_b.</summary>
public sealed class AnalogueAdderModule : PeripheryModule
{
    /// <summary>Fixed second input, V.</summary>
    public const double SecondInputVolts = -0.3;

    /// <inheritdoc />
    public override string Name => "adder";

    /// <inheritdoc />
    public override string Title => "analogue adder: inverting summer + inverter";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.Reconstructed;

    /// <inheritdoc />
    public override string Reference => "circuits.md §7.7";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process) => new()
    {
        Definitions = BenchDeck.Definitions(process, CmosOpAmp.Build(process), AnalogueAdder.Build()),
        Fixture =
        [
            .. BenchDeck.Supplies(process),
            new VoltageSource("vb", "b", "0", SecondInputVolts),
            new SubcircuitInstance("Xdut", ["a", "b", "out", "vdd", "vss"], AnalogueAdder.Name),
        ],
        DeviceUnderTest = AnalogueAdder.Name,
        InputNode = "a",
        Sweep = new BenchSweep("va", -1, 1, 0.01, 0.1),
        OutputNode = "out",
        Ideal = (a, _, _) => a + SecondInputVolts,
        Scale = ScaleFactor.Fixed("gain", "V/V", 1),
        InRange = (_, _) => true,
        RangeText = "V_a ∈ [−1, 1] V, V_b = −0.3 V",
        Step = new BenchStep(0, 0.5, 1e-6),
        Supplies = BenchDeck.Taps(process),
        InputLabel = "V_a (V)",
    };
}
