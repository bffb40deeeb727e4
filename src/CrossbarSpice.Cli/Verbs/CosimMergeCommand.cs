using CrossbarSpice.Core.IO;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Verbs;

/// <summary><c>crossbar cosim-merge</c>: checks the shards of one cosim run and writes the whole run's folder.</summary>
internal sealed class CosimMergeCommand
{
    private readonly CosimMergeOptions options;

    /// <summary>Creates the command for parsed options.</summary>
    public CosimMergeCommand(CosimMergeOptions options) => this.options = options;

    /// <summary>Runs the verb; returns the exit code.</summary>
    public int Run(CancellationToken cancellationToken)
    {
        var shards = options.Shards.ToList();
        var (document, report) = CosimMerge.Merge(shards);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<string> plots = [];
        AtomicOutput.WriteDirectory(options.Out, directory =>
        {
            plots = CosimMerge.Write(document, report, directory);
            Provenance.Write(directory, [.. shards.Select(s => Path.Combine(s, CosimShardDocument.FileName))]);
        });
        Console.WriteLine($"merged {shards.Count} shard(s) of {document.Design} ({report.Samples.Count} sample(s))");
        CosimCommand.PrintBudget(report, options.Out);
        if (plots.Count > 0)
        {
            Console.WriteLine($"box plots of the level differences (seed 003 Fig. 7 form): {string.Join(", ", plots.Where(p => p.EndsWith(".png", StringComparison.Ordinal)))}");
        }

        return ExitCodes.Success;
    }
}
