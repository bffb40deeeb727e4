using CommandLine;
using CommandLine.Text;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar sweep-merge</c>.</summary>
[Verb("sweep-merge", HelpText = "Join the run folders of every shard of one sweep into the folder the unsharded sweep writes (same bytes).")]
internal sealed class SweepMergeOptions
{
    /// <summary>Shard folders.</summary>
    [Value(0, Required = true, MetaName = "shards", HelpText = "The --out folders of shards 0/n … n−1/n, in any order.")]
    public IEnumerable<string> Shards { get; set; } = [];

    /// <summary>Output folder.</summary>
    [Option('o', "out", Required = true, HelpText = "Folder for the whole sweep: sweep.json, progress.csv, points.csv, summary.csv, accuracy.png/.svg, report.html.")]
    public string Out { get; set; } = string.Empty;

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("Join four shards", new SweepMergeOptions { Shards = ["results/s/0", "results/s/1", "results/s/2", "results/s/3"], Out = "results/sweep" }),
    ];
}
