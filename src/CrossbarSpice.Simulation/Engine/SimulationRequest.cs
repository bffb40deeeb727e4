using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;

namespace CrossbarSpice.Simulation.Engine;

/// <summary>One simulation: a netlist and the analysis to run on it.</summary>
public sealed record SimulationRequest
{
    /// <summary>Creates a request. <paramref name="analysis"/> null means the netlist's own single analysis.</summary>
    public SimulationRequest(SpiceNetlist netlist, AnalysisCommand? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(netlist);
        Netlist = netlist;
        Analysis = analysis;
    }

    /// <summary>The circuit. Relative <c>.include</c> paths are taken against its source file's folder.</summary>
    public SpiceNetlist Netlist { get; }

    /// <summary>The analysis to run, replacing those in the netlist; null: the netlist's own (exactly one).</summary>
    public AnalysisCommand? Analysis { get; }

    /// <summary>Wall-clock limit; past it the run is halted and <see cref="SimulationTimeoutException"/> thrown. Default 10 min.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Optional progress sink: the analysis name and percent done (0–100) as the simulator reports them.</summary>
    public IProgress<SimulationProgress>? Progress { get; init; }
}
