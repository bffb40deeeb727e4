using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Sweeps;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Verbs;

/// <summary><c>crossbar sweep-merge</c>: checks the shards of one sweep and writes the whole sweep's folder (atomically:
/// a merge that fails leaves nothing).</summary>
internal sealed class SweepMergeCommand
{
    private readonly SweepMergeOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public SweepMergeCommand(SweepMergeOptions options) => this.options = options;

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        var shards = options.Shards.ToList();
        var (document, results) = SweepMerge.Merge(shards);
        cancellationToken.ThrowIfCancellationRequested();
        SweepSummary? summary = null;
        AtomicOutput.WriteDirectory(options.Out, folder =>
        {
            summary = SweepOutputs.Write(document, results, folder);
            Provenance.Write(folder, [.. shards.Select(s => Path.Combine(s, SweepDocument.FileName))]);
        });
        SweepReportPrinter.Print(summary!, options.Out, $"merged from {shards.Count} shard(s)");
        return ExitCodes.Success;
    }
}
