using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// Bench of <see cref="BoundedLinearAmplifier"/> (m = 1/2, macromodel op-amps on ±1.1 V rails): x ∈ [−4, 4] V,
/// ideal clip(x/2, −1, 1).
/// </summary>
public sealed class BoundedLinearModule : PeripheryModule
{
    /// <summary>Rails of the macromodels, V: ±(1 V limit + 0.1 V headroom).</summary>
    public const double RailVolts = 1.1;

    /// <inheritdoc />
    public override string Name => "bounded-tanh";

    /// <inheritdoc />
    public override string Title => "bounded-linear tanh clip(x/2, ±1) (seed 003 eq. 4)";

    /// <inheritdoc />
    public override ModuleStatus Status => ModuleStatus.SeedFaithful;

    /// <inheritdoc />
    public override string Reference => "circuits.md §7.3";

    /// <inheritdoc />
    public override PeripheryRequirements Requirements => new(Transistors: false, SplitSupply: false);

    /// <inheritdoc />
    public override PeripheryBench Bench(PeripheryProcess process) => new()
    {
        Definitions = BenchDeck.Definitions(process, OpAmpMacromodel.Build(), BoundedLinearAmplifier.Build()),
        Fixture =
        [
            new VoltageSource("vlp", "vlp", "0", RailVolts),
            new VoltageSource("vln", "vln", "0", -RailVolts),
            new SubcircuitInstance("Xdut", ["in", "out", "vlp", "vln"], BoundedLinearAmplifier.Name),
        ],
        DeviceUnderTest = BoundedLinearAmplifier.Name,
        InputNode = "in",
        Sweep = new BenchSweep("vin", -4, 4, 0.02, 0.25),
        OutputNode = "out",
        Ideal = (x, _, m) => Math.Clamp(m * x, -1, 1),
        Scale = ScaleFactor.Fixed("m", "V/V", 0.5),
        InRange = (_, _) => true,
        RangeText = "x ∈ [−4, 4] V",
        Step = new BenchStep(0, 1, 1e-6),
        Supplies = [new SupplyTap("vlp", RailVolts), new SupplyTap("vln", -RailVolts)],
        InputLabel = "x (V)",
    };
}
