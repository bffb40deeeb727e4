using CrossbarSpice.Cosim.Levels;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// Everything a cosim run derives from its samples, written the same way by <c>cosim</c> and <c>cosim-merge</c> so that
/// merged shards give the bytes of an unsharded run: the summary tables (<see cref="CosimTables"/>), the box plots
/// (<see cref="CosimPlots"/>) and, when asked, <c>outputs/&lt;level&gt;.npy</c>.
/// </summary>
public static class CosimResults
{
    /// <summary>Folder of the saved outputs inside a run folder.</summary>
    public const string OutputsFolder = "outputs";

    /// <summary>Writes the results of <paramref name="report"/> into <paramref name="directory"/>; returns the plot files written.</summary>
    /// <param name="report">The run's samples.</param>
    /// <param name="directory">The run folder.</param>
    /// <param name="plots">Whether to draw the box plots.</param>
    /// <param name="saveOutputs">Whether to write <c>outputs/&lt;level&gt;.npy</c>.</param>
    public static IReadOnlyList<string> Write(CosimReport report, string directory, bool plots, bool saveOutputs)
    {
        ArgumentNullException.ThrowIfNull(report);
        CosimTables.Write(report, directory);
        if (saveOutputs)
        {
            SaveOutputs(report, directory);
        }

        var written = plots ? CosimPlots.Write(report, directory) : [];
        CosimHtmlReport.Write(report with { PlotFiles = written }, directory);
        return written;
    }

    /// <summary>
    /// Writes per level <c>outputs/&lt;level&gt;.npy</c>: the final layer's values of every sample, samples × outputs,
    /// float64 little-endian, in network units (before any software softmax), rows in sample order.
    /// </summary>
    public static void SaveOutputs(CosimReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        var folder = Path.Combine(directory, OutputsFolder);
        Directory.CreateDirectory(folder);
        var outputs = report.Samples.Count == 0 ? 0 : report.Samples[0].Outputs.GetLength(1);
        for (var level = 0; level < report.Levels.Count; level++)
        {
            var values = new double[report.Samples.Count, outputs];
            for (var s = 0; s < report.Samples.Count; s++)
            {
                for (var j = 0; j < outputs; j++)
                {
                    values[s, j] = report.Samples[s].Outputs[level, j];
                }
            }

            NpyWriter.Write(Path.Combine(folder, CosimLevels.Name(report.Levels[level]) + ".npy"), values);
        }
    }
}
