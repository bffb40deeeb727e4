using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>Bench of <see cref="ReluRectifier"/>: current −200…100 µA into the virtual ground, ideal 1 kΩ·max(I, 0).</summary>
public sealed class ReluModule : PeripheryModule
{
    /// <inheritdoc />
    public override string Name => "relu";

    /// <inheritdoc />
    public override string Title => "ReLU: current rectifier + follower + amplifier (eq. 8, Rr1–Rr3)";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.SeedFaithful;

    /// <inheritdoc />
    public override string Reference => "circuits.md §4";

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process)
    {
        var o = new ReluRectifierOptions();
        return new PeripheryBench
        {
            Definitions = BenchDeck.Definitions(process, DiodeModels.Switching(), OpAmps.Definition(o.OpAmp, process), ReluRectifier.Build(o)),
            Fixture = [.. BenchDeck.Supplies(process), new SubcircuitInstance("Xdut", ["in", "out", "vdd", "vss"], ReluRectifier.Name)],
            DeviceUnderTest = ReluRectifier.Name,
            InputKind = BenchInputKind.Current,
            InputNode = "in",
            Sweep = new BenchSweep("iin", -200e-6, 100e-6, 1e-6, 10e-6),
            OutputNode = "out",
            Ideal = (i, _, r) => i > 0 ? r * i : 0,
            Scale = ScaleFactor.Fixed("R", "Ω", o.TransresistanceOhms),
            InRange = (_, _) => true,
            RangeText = "I ∈ [−200, 100] µA",
            Step = new BenchStep(0, 50e-6, 1e-6),
            Supplies = BenchDeck.Taps(process),
            InputLabel = "input current (µA)",
            InputPlotScale = 1e6,
        };
    }
}
