using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
namespace CrossbarSpice.Cosim.Runs;

/// <summary>What to co-simulate.</summary>
/// <param name="DesignFolder">A folder written by compile-weights.</param>
/// <param name="Levels">Distinct levels in fidelity order (see <see cref="CosimLevels.Parse"/>).</param>
/// <param name="Samples">The first N samples of the split are computed, ≥ 1.</param>
/// <param name="OutDirectory">Output folder: appears when the run completes; until then the progress file is in
/// <c>&lt;out&gt;.partial</c> (see <see cref="CosimRunFolder"/>), or in the folder itself when it exists.</param>
public sealed record CosimRequest(string DesignFolder, IReadOnlyList<CosimLevel> Levels, int Samples, string OutDirectory)
{
    /// <summary>Samples computed (in parallel) between two flushes of the progress file, ≥ 1. Default 50.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>
    /// Run the <c>spice</c> level as one whole-network netlist per sample instead of stage by stage; sample 0's netlist
    /// is written as <c>whole-netlist.cir</c> in the output folder.
    /// </summary>
    public bool SpiceWholeNetlist { get; init; }

    /// <summary>How the <c>spice</c> level puts the crossbar tiles into ngspice: exact port equivalents (default) or as
    /// compiled; printed with the run's summary.</summary>
    public SpiceArrays SpiceArrays { get; init; } = SpiceArrays.Port;

    /// <summary>Compute only the samples of this slice (index i mod n) and write <c>shard.json</c>; null: every sample.</summary>
    public Sweeps.SweepShard? Shard { get; init; }

    /// <summary>Write <c>outputs/&lt;level&gt;.npy</c> (the final layer's values per sample, network units).</summary>
    public bool SaveOutputs { get; init; }

    /// <summary>Draw the box plots (<see cref="CosimPlots"/>) into the output folder.</summary>
    public bool Plots { get; init; }
}
