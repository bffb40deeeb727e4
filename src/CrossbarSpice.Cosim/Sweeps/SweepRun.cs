namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>The state of a run folder after <see cref="SweepRunner.Run"/>.</summary>
/// <param name="Document">Its sweep.json.</param>
/// <param name="Results">Every finished unit of the folder, in unit order.</param>
/// <param name="NewlyComputed">Units computed by this run (the rest came from progress.csv).</param>
/// <param name="Expected">Units the folder is to hold: all of them, or the shard's.</param>
public sealed record SweepRun(SweepDocument Document, IReadOnlyList<SweepUnitResult> Results, int NewlyComputed, int Expected)
{
    /// <summary>True when every unit the folder is to hold is finished.</summary>
    public bool Complete => Results.Count == Expected;
}
