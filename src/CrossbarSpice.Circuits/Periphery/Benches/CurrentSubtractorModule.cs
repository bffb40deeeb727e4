using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="CurrentSubtractor"/> (R_f = 1 kΩ): I+ swept ±1 mA with I− = 0.2 mA, ideal R_f·(I+ − I−).</summary>
public sealed class CurrentSubtractorModule : PeripheryModule
{
    /// <summary>Fixed current into the G− column, A.</summary>
    public const double NegativeColumnAmperes = 0.2e-3;

    /// <inheritdoc />
    public override string Name => "current-subtractor";

    /// <inheritdoc />
    public override string Title => "differential-column current subtractor: 2 TIAs + difference amp";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.Reconstructed;

    /// <inheritdoc />
    public override string Reference => "circuits.md §7.6";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process) => new()
    {
        Definitions = BenchDeck.Definitions(process, CmosOpAmp.Build(process), CurrentSubtractor.Build()),
        Fixture =
        [
            .. BenchDeck.Supplies(process),
            new CurrentSource("iinn", "0", "coln", NegativeColumnAmperes),
            new SubcircuitInstance("Xdut", ["colp", "coln", "out", "vdd", "vss"], CurrentSubtractor.Name),
        ],
        DeviceUnderTest = CurrentSubtractor.Name,
        InputKind = BenchInputKind.Current,
        InputNode = "colp",
        Sweep = new BenchSweep("iinp", -1e-3, 1e-3, 10e-6, 100e-6),
        OutputNode = "out",
        Ideal = (i, _, r) => r * (i - NegativeColumnAmperes),
        Scale = ScaleFactor.Fixed("R_f", "Ω", 1e3),
        InRange = (_, _) => true,
        RangeText = "I+ ∈ [−1, 1] mA, I− = 0.2 mA",
        Step = new BenchStep(0, 0.5e-3, 1e-6),
        Supplies = BenchDeck.Taps(process),
        InputLabel = "I+ (µA)",
        InputPlotScale = 1e6,
    };
}
