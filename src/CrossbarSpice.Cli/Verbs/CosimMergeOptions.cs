using CommandLine;
using CommandLine.Text;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar cosim-merge</c>.</summary>
[Verb("cosim-merge", HelpText = "Join the folders of every shard of one cosim run (cosim --shard i/n) into the folder the unsharded run writes (same bytes).")]
internal sealed class CosimMergeOptions
{
    /// <summary>Shard folders.</summary>
    [Value(0, Required = true, MetaName = "shards", HelpText = "The --out folders of shards 0/n … n−1/n, in any order.")]
    public IEnumerable<string> Shards { get; set; } = [];

    /// <summary>Output folder.</summary>
    [Option('o', "out", Required = true, HelpText = "Folder for the whole run: samples.csv, predictions.csv, accuracy.csv, agreement.csv, layer-deltas.csv, output-deltas.csv, the box plots, report.html and, when the shards saved them, outputs/<level>.npy.")]
    public string Out { get; set; } = string.Empty;

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("Join four shards", new CosimMergeOptions { Shards = ["results/c/0", "results/c/1", "results/c/2", "results/c/3"], Out = "results/cosim" }),
    ];
}
