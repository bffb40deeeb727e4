using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// What every stage kind's characterisation bench shares (the benches themselves live with their kinds, in
/// <see cref="Kinds"/>): the design's own library and ±VDD supplies, so a stage's periphery is measured exactly as the
/// design instantiates it (same subcircuits, same parameters), and the DC sweep of <c>Vin0</c> over the supplies in
/// <see cref="StepVolts"/> steps.
/// </summary>
internal static class StageBench
{
    /// <summary>Sweep step in volts.</summary>
    public const double StepVolts = 1e-3;

    /// <summary>The sweep of <c>Vin0</c> from −VDD to VDD.</summary>
    public static DcAnalysis Sweep(double supplyVolts) => new(new DcSweep("Vin0", -supplyVolts, supplyVolts, StepVolts));

    /// <summary>The bench netlist of <paramref name="stage"/>: the library include, the supplies, then <paramref name="items"/>.</summary>
    public static SpiceNetlist Netlist(CircuitStage stage, string libraryPath, double supplyVolts, IEnumerable<NetlistItem> items)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var all = new List<NetlistItem>
        {
            new IncludeDirective(libraryPath),
            new VoltageSource("Vdd", "vdd", "0", supplyVolts),
            new VoltageSource("Vss", "vss", "0", -supplyVolts),
        };
        all.AddRange(items);
        return new SpiceNetlist($"characterisation bench of stage {string.Join("+", stage.Layers)}", all);
    }
}
