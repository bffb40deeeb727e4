using CommandLine;
using CommandLine.Text;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar sweep</c>.</summary>
[Verb("sweep", HelpText = "Accuracy of a compiled design against one device non-ideality (fault rate, levels, programming error, read noise, aging), several seeds per point; resumable and shardable.")]
internal sealed class SweepOptions : DataSetOptions
{
    /// <summary>Compiled design folder.</summary>
    [Option("design", Required = true, HelpText = "A design folder written by compile-weights (it carries its own copy of the network, so it may have been moved).")]
    public string Design { get; set; } = string.Empty;

    /// <summary>Number of samples, ≥ 1.</summary>
    [Option("samples", Default = 1000, HelpText = "The first N samples of the split are run at every point (≥ 1).")]
    public int Samples { get; set; } = 1000;

    /// <summary>Level.</summary>
    [Option("level", Default = "mapped", HelpText = "Fidelity level of every point: mapped, wired, characterised or spice (not ideal: it has no devices).")]
    public string Level { get; set; } = "mapped";

    /// <summary>Swept parameter and values.</summary>
    [Option("vary", Required = true, HelpText = "name=start:stop:step or name=v1,v2,…; names: fault-rate, levels (start:stop steps by 1), programming-error, read-noise, aging, weight-noise (σ of max|W|), prune (fraction). E.g. fault-rate=0:0.25:0.025.")]
    public string Vary { get; set; } = string.Empty;

    /// <summary>Fault modes.</summary>
    [Option("fault", Separator = ',', HelpText = "For fault-rate: lrs, hrs or both (see --stuck-both), or a list (lrs,hrs,both) for one curve each.")]
    public IEnumerable<string> Fault { get; set; } = [];

    /// <summary>Definition of the "both" fault mode.</summary>
    [Option("stuck-both", HelpText = "What fault rate p means for --fault both: independent (default; p at LRS and p at HRS drawn independently, LRS winning, as MemTorch, which seed 001 used) or split (p/2 at each).")]
    public string? StuckBoth { get; set; }

    /// <summary>Weight levels of a prune sweep.</summary>
    [Option("weight-levels", HelpText = "For prune: round the surviving weights of each matrix to k levels evenly spaced in ±max|W| (k ≥ 2; seed 004's pruning + quantisation).")]
    public int? WeightLevels { get; set; }

    /// <summary>Seeds per point.</summary>
    [Option("seeds", Default = 3, HelpText = "Seeds per point (≥ 1): seeds first-seed … first-seed + N − 1.")]
    public int Seeds { get; set; } = 3;

    /// <summary>First seed.</summary>
    [Option("first-seed", Default = 1L, HelpText = "The first seed.")]
    public long FirstSeed { get; set; } = 1;

    /// <summary>Shard.</summary>
    [Option("shard", HelpText = "i/n: compute only slice i (0 ≤ i < n) of the sweep, into its own --out; join the slices with sweep-merge.")]
    public string? Shard { get; set; }

    /// <summary>Output folder.</summary>
    [Option('o', "out", Required = true, HelpText = "Run folder: sweep.json, progress.csv (resumable: rerun to continue), points.csv, summary.csv, accuracy.png/.svg, report.html.")]
    public string Out { get; set; } = string.Empty;

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("Accuracy of the BCU against stuck-at faults at LRS, HRS and both, 3 seeds per point", new SweepOptions
        {
            Design = "netlists/bcu",
            Samples = 10000,
            Vary = "fault-rate=0:0.25:0.025",
            Fault = ["lrs,hrs,both"],
            Out = "results/bcu-faults",
        }),
    ];
}
