using CrossbarSpice.Cosim.Sweeps;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>
/// Everything a finished sweep leaves in its run folder: the tables of <see cref="SweepTables"/>, the plot of
/// <see cref="SweepPlot"/> and the page of <see cref="SweepHtmlReport"/>. Written from the spec and the unit results alone, so a merge of shards writes the same
/// bytes as an unsharded run.
/// </summary>
public static class SweepOutputs
{
    /// <summary>Every file name written, in order.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. SweepTables.Files, .. SweepPlot.Files, SweepHtmlReport.FileName];

    /// <summary>Writes the whole sweep <paramref name="document"/> with <paramref name="results"/> into <paramref name="directory"/>.</summary>
    /// <returns>The summary written.</returns>
    public static SweepSummary Write(SweepDocument document, IReadOnlyList<SweepUnitResult> results, string directory)
    {
        var summary = SweepTables.Write(document, results, directory);
        SweepPlot.Save(summary, directory);
        SweepHtmlReport.Write(summary, directory);
        return summary;
    }
}
