using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Circuits.Periphery.Benches;

/// <summary>
/// A module's test bench: the circuit around the device under test, its swept input(s), the output node, the ideal
/// function and useful range, and the transient step. Immutable; built by each <see cref="PeripheryModule"/>.
/// </summary>
public sealed record PeripheryBench
{
    /// <summary>Model include, model cards and subcircuit definitions (device under test and what it uses).</summary>
    public required IReadOnlyList<NetlistItem> Definitions { get; init; }

    /// <summary>Supplies, bias sources, fixed inputs, loads and the instance of the device under test.</summary>
    public required IReadOnlyList<NetlistItem> Fixture { get; init; }

    /// <summary>Name of the subcircuit under test (its devices are counted for the area estimate).</summary>
    public required string DeviceUnderTest { get; init; }

    /// <summary>Voltage or current input.</summary>
    public BenchInputKind InputKind { get; init; } = BenchInputKind.Voltage;

    /// <summary>Node the input source drives (a current source pushes its current into it).</summary>
    public required string InputNode { get; init; }

    /// <summary>The (inner) swept input.</summary>
    public required BenchSweep Sweep { get; init; }

    /// <summary>Second swept input (a voltage on <see cref="OuterNode"/>) for 2-D transfers, or null.</summary>
    public BenchSweep? OuterSweep { get; init; }

    /// <summary>Node of the second input, or null.</summary>
    public string? OuterNode { get; init; }

    /// <summary>Output node (its voltage is the transfer's output, V).</summary>
    public required string OutputNode { get; init; }

    /// <summary>Ideal output, V, of (input x, second input y or 0, scale factor).</summary>
    public required Func<double, double, double, double> Ideal { get; init; }

    /// <summary>Scale factor of the ideal function.</summary>
    public required ScaleFactor Scale { get; init; }

    /// <summary>True where (x, y) lies in the useful input range (errors are measured there).</summary>
    public required Func<double, double, bool> InRange { get; init; }

    /// <summary>The useful range in words, e.g. <c>|I| ≤ 6·Is</c>.</summary>
    public required string RangeText { get; init; }

    /// <summary>The transient step.</summary>
    public required BenchStep Step { get; init; }

    /// <summary>Sources whose delivered power is the module's supply power.</summary>
    public required IReadOnlyList<SupplyTap> Supplies { get; init; }

    /// <summary>Plot label of the input axis with unit, e.g. <c>input current (µA)</c>.</summary>
    public required string InputLabel { get; init; }

    /// <summary>Factor from the input's SI value to the plotted unit (e.g. 1e6 for µA).</summary>
    public double InputPlotScale { get; init; } = 1;

    /// <summary>Plot label of the output axis with unit.</summary>
    public string OutputLabel { get; init; } = "output (V)";

    /// <summary>The DC-transfer deck (sources at their first sweep value).</summary>
    public SpiceNetlist DcNetlist(string title) => new(title, [.. Definitions, .. Fixture, .. Inputs(null)]);

    /// <summary>The DC analysis, fine or <paramref name="coarse"/>.</summary>
    public DcAnalysis DcAnalysis(bool coarse) => new(
        new DcSweep(Sweep.Source, Sweep.Start, Sweep.Stop, Sweep.Step(coarse)),
        OuterSweep is null ? null : new DcSweep(OuterSweep.Source, OuterSweep.Start, OuterSweep.Stop, OuterSweep.Step(coarse)));

    /// <summary>The transient deck (input stepping as <see cref="Step"/>).</summary>
    public SpiceNetlist TransientNetlist(string title) => new(title, [.. Definitions, .. Fixture, .. Inputs(Step)]);

    /// <summary>The transient analysis: 2000 points to the stop time, max step 1/2000 of it (or the step's own).</summary>
    public TranAnalysis TransientAnalysis() =>
        new(Step.MaxStepSeconds ?? (Step.StopSeconds / 2000), Step.StopSeconds, null, Step.MaxStepSeconds ?? (Step.StopSeconds / 2000));

    private IEnumerable<NetlistItem> Inputs(BenchStep? step)
    {
        var dc = step?.From ?? Sweep.Start;
        TransientWaveform? pulse = step is null
            ? null
            : new PulseWaveform(step.From, step.To, BenchStep.EdgeSeconds, BenchStep.RiseSeconds, BenchStep.RiseSeconds, 1.0, 2.0);
        var waveform = new SourceWaveform(dc, null, pulse);
        yield return InputKind == BenchInputKind.Voltage
            ? new VoltageSource(Sweep.Source, InputNode, "0", waveform)
            : new CurrentSource(Sweep.Source, "0", InputNode, waveform);
        if (OuterSweep is not null && OuterNode is not null)
        {
            yield return new VoltageSource(OuterSweep.Source, OuterNode, "0", step?.SecondInput ?? OuterSweep.Start);
        }
    }
}
