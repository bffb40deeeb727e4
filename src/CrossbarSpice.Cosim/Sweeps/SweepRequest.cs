using CrossbarSpice.Cosim.Levels;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>What to sweep.</summary>
/// <param name="DesignFolder">A folder written by compile-weights (self-sufficient: it holds a copy of its network).</param>
/// <param name="Data">Data set recorded in the spec: "fashion-mnist" or the data file as given.</param>
/// <param name="Split">Split name recorded in the spec, "test" or "train".</param>
/// <param name="Samples">Samples 0 … N − 1 are run at every point, ≥ 1 and at most the data set's size.</param>
/// <param name="Level">Fidelity level of every point: mapped, wired, characterised or spice (not ideal: it has no devices).</param>
/// <param name="Vary">Swept parameter and values.</param>
/// <param name="Faults">Fault modes, one curve each; required for fault-rate, null otherwise.</param>
/// <param name="Seeds">Seeds, ≥ 1 of them, distinct; every point runs once per seed.</param>
/// <param name="Shard">The slice to compute, or null for the whole sweep.</param>
/// <param name="OutDirectory">Run folder (holds sweep.json and the resumable progress.csv; created when the first unit
/// finishes, so a sweep that fails before leaves nothing).</param>
/// <param name="WeightLevels">For a prune sweep: k weight levels the surviving weights are rounded to (≥ 2), or null.</param>
/// <param name="StuckBoth">What rate p means for the "both" fault mode (recorded in the spec when "both" is swept).</param>
public sealed record SweepRequest(
    string DesignFolder,
    string Data,
    string Split,
    int Samples,
    CosimLevel Level,
    SweepVary Vary,
    IReadOnlyList<FaultMode>? Faults,
    IReadOnlyList<long> Seeds,
    SweepShard? Shard,
    string OutDirectory,
    StuckBoth StuckBoth = StuckBoth.Independent,
    int? WeightLevels = null);
