using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Cosim.Tests.Energy;

/// <summary>A bench whose device under test is one resistor R across the VDD supply: the supply delivers VDD²/R.</summary>
internal sealed class ResistorModule(double ohms) : PeripheryModule
{
    public override string Name => "test-resistor";

    public override string Title => "a resistor across VDD";

    public override ModuleStatus Status => ModuleStatus.NewDesign;

    public override string Reference => "test";

    public override PeripheryRequirements Requirements => new(Transistors: false, SplitSupply: false);

    public override PeripheryBench Bench(PeripheryProcess process) => new()
    {
        Definitions = [new SubcircuitDefinition("rload", ["a", "b"], [new Resistor("R1", "a", "b", ohms)])],
        Fixture =
        [
            new VoltageSource("vdd", "vdd", "0", process.VddVolts),
            new SubcircuitInstance("Xdut", ["vdd", "0"], "rload"),
            new Resistor("Rin", "in", "0", 1e3),
        ],
        DeviceUnderTest = "rload",
        InputKind = BenchInputKind.Current,
        InputNode = "in",
        Sweep = new BenchSweep("iin", 0, 1e-6, 1e-7, 1e-7),
        OutputNode = "in",
        Ideal = (x, _, _) => x * 1e3,
        Scale = ScaleFactor.Fixed("R", "Ω", 1e3),
        InRange = (_, _) => true,
        RangeText = "any",
        Step = new BenchStep(0, 0, 200e-9),
        Supplies = [new SupplyTap("vdd", process.VddVolts)],
        InputLabel = "I (µA)",
    };
}
