using CrossbarSpice.Cosim.Levels;
namespace CrossbarSpice.Cosim.Runs;

/// <summary>What to co-simulate.</summary>
/// <param name="DesignFolder">A folder written by compile-weights.</param>
/// <param name="Levels">Distinct levels in fidelity order (see <see cref="CosimLevels.Parse"/>).</param>
/// <param name="Samples">The first N samples of the split are computed, ≥ 1.</param>
/// <param name="OutDirectory">Output folder (created; holds the progress file and the summary tables).</param>
public sealed record CosimRequest(string DesignFolder, IReadOnlyList<CosimLevel> Levels, int Samples, string OutDirectory)
{
    /// <summary>Samples computed (in parallel) between two flushes of the progress file, ≥ 1. Default 50.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>
    /// Run the <c>spice</c> level as one whole-network netlist per sample instead of stage by stage; sample 0's netlist
    /// is written as <c>whole-netlist.cir</c> in the output folder.
    /// </summary>
    public bool SpiceWholeNetlist { get; init; }
}
