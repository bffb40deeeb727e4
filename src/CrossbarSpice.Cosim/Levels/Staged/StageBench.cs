using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// The DC bench that characterises a stage's periphery exactly as the design instantiates it (same library, same
/// subcircuit parameters, same supplies): a crossbar stage's readout (and fused activation) driven by a current into
/// its positive column, an element-wise circuit or an averager (first input swept, the others at 0 V) driven by a
/// voltage, an adder twice (each input swept with the other at 0 V), an affine stage's amplifiers all on the swept
/// input (one table per channel), a max selector by its first input with the others at −VDD (so the table is the output
/// against the max). The sweep covers the supplies in <see cref="StepVolts"/> steps; the table's input is in volts of ideal
/// readout output (R_F·I) or of input.
/// </summary>
internal static class StageBench
{
    /// <summary>Sweep step in volts.</summary>
    public const double StepVolts = 1e-3;

    /// <summary>The bench netlist and its DC sweep; the swept value times <c>InputScale</c> is the table input in volts.</summary>
    public static (SpiceNetlist Netlist, DcAnalysis Sweep, double InputScale) Build(CircuitStage stage, string libraryPath, double supplyVolts)
    {
        var items = new List<NetlistItem>
        {
            new IncludeDirective(libraryPath),
            new VoltageSource("Vdd", "vdd", "0", supplyVolts),
            new VoltageSource("Vss", "vss", "0", -supplyVolts),
        };
        switch (stage)
        {
            case CrossbarStage crossbar:
                var rf = crossbar.FeedbackOhms;
                items.Add(new CurrentSource("Iu", "0", "colp", 0.0));
                items.Add(new SubcircuitInstance("Xro", ["colp", "coln", "y0", "vdd", "vss"], DifferentialReadout.Name, [new SpiceParameter("RF", rf)]));
                if (crossbar.Tail is { } tail)
                {
                    items.AddRange(tail.SharedSources());
                    items.AddRange(tail.Instance("0", "y0", "z0"));
                }

                return (Netlist(stage, items), new DcAnalysis(new DcSweep("Iu", -supplyVolts / rf, supplyVolts / rf, StepVolts / rf)), rf);
            case ElementStage element:
                items.Add(new VoltageSource("Vin0", "in0", "0", 0.0));
                items.AddRange(element.Circuit.SharedSources());
                items.AddRange(element.Circuit.Instance("0", "in0", "out0"));
                return (Netlist(stage, items), Sweep(supplyVolts), 1.0);
            case MaxStage max:
                // The selector is not separable: its table is the output against the largest input, measured with
                // the others held at the bottom rail, where their super-diodes are off (docs/circuits.md §7.5).
                for (var i = 0; i < max.InputSources.Count; i++)
                {
                    items.Add(new VoltageSource($"Vin{i}", $"in{i}", "0", i == 0 ? 0.0 : -supplyVolts));
                }

                items.Add(new SubcircuitInstance(max.InstanceName, [.. Enumerable.Range(0, max.InputSources.Count).Select(i => $"in{i}"), "out0", "vdd", "vss"], max.Subcircuit));
                return (Netlist(stage, items), Sweep(supplyVolts), 1.0);
            case AverageStage average:
                var inputs = average.InputSources.Count;
                for (var i = 0; i < inputs; i++)
                {
                    items.Add(new VoltageSource($"Vin{i}", $"in{i}", "0", 0.0));
                }

                items.Add(new SubcircuitInstance("Xavg", [.. Enumerable.Range(0, inputs).Select(i => $"in{i}"), "out0", "vdd", "vss"], average.Subcircuit));
                return (Netlist(stage, items), Sweep(supplyVolts), 1.0);
            case AdderStage:
                // Two adders on one swept source: out0 = f(v, 0), out1 = f(0, v), the tables of superposition.
                items.Add(new VoltageSource("Vin0", "in0", "0", 0.0));
                items.Add(new SubcircuitInstance("Xadd0", ["in0", "0", "out0", "vdd", "vss"], AnalogueAdder.Name));
                items.Add(new SubcircuitInstance("Xadd1", ["0", "in0", "out1", "vdd", "vss"], AnalogueAdder.Name));
                return (Netlist(stage, items), Sweep(supplyVolts), 1.0);
            case AffineStage affine:
                // Every channel's amplifier on one swept source: out{c} is channel c's transfer.
                items.Add(new VoltageSource("Vin0", "in0", "0", 0.0));
                for (var c = 0; c < affine.Scales.Count; c++)
                {
                    var channel = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    items.AddRange(AffineAmplifier.Elements(channel, "in0", $"out{channel}", affine.Scales[c], affine.BiasVolts[c]));
                }

                return (Netlist(stage, items), Sweep(supplyVolts), 1.0);
            default:
                throw new ArgumentException($"stage {stage.Layers[0]} has no periphery to characterise", nameof(stage));
        }
    }

    private static DcAnalysis Sweep(double supplyVolts) => new(new DcSweep("Vin0", -supplyVolts, supplyVolts, StepVolts));

    private static SpiceNetlist Netlist(CircuitStage stage, List<NetlistItem> items) =>
        new($"characterisation bench of stage {string.Join("+", stage.Layers)}", items);
}
