using CommandLine;
using CommandLine.Text;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar cosim</c>.</summary>
[Verb("cosim", HelpText = "Run a data set through a compiled design at several fidelity levels and report where accuracy is lost.")]
internal sealed class CosimOptions : DataSetOptions
{
    /// <summary>Compiled design folder.</summary>
    [Option("design", Required = true, HelpText = "A design folder written by compile-weights, e.g. netlists/mlp/ (it carries its own copy of the network, so it may have been moved).")]
    public string Design { get; set; } = string.Empty;

    /// <summary>Number of samples, ≥ 1.</summary>
    [Option("samples", Default = 1000, HelpText = "The first N samples of the split are run (≥ 1).")]
    public int Samples { get; set; } = 1000;

    /// <summary>Whole-network spice netlists.</summary>
    [Option("whole-netlist", HelpText = "Run the spice level as one netlist of the whole network per sample (every module instantiated and wired to the next; small networks), and write sample 0's as whole-netlist.cir. Default: stage by stage.")]
    public bool WholeNetlist { get; set; }

    /// <summary>How the spice level puts the tiles into ngspice.</summary>
    [Option("spice-arrays", Default = "port", HelpText = "port: every ohmic tile with wire resistance enters ngspice as its exact port equivalent (wire nodes eliminated by a Schur complement; a resistor between every pair of ports), tiles with selectors or transistors as compiled; full: every tile as compiled, every wire node in ngspice's matrix (the check). Printed with the run's summary, with every stage's wall time.")]
    public string SpiceArrays { get; set; } = "port";

    /// <summary>Levels.</summary>
    [Option("levels", Separator = ',', Default = new[] { "ideal", "mapped", "wired" }, HelpText = "Comma-separated fidelity levels: ideal, mapped, wired, characterised, spice (the last two simulate the design's periphery circuits in ngspice).")]
    public IEnumerable<string> Levels { get; set; } = ["ideal", "mapped", "wired"];

    /// <summary>Shard.</summary>
    [Option("shard", HelpText = "i/n: compute only the samples whose index is i mod n (0 ≤ i < n), into its own --out; join the shards with cosim-merge.")]
    public string? Shard { get; set; }

    /// <summary>Saved outputs.</summary>
    [Option("save-outputs", HelpText = "Also write outputs/<level>.npy per level: the final layer's values per sample (samples × outputs, float64, network units, before any softmax).")]
    public bool SaveOutputs { get; set; }

    /// <summary>Output folder.</summary>
    [Option('o', "out", Required = true, HelpText = "Output folder, e.g. results/run1/: the tables, box plots and report.html (one page with all of them); it appears when the run completes. Until then the resumable progress is <out>.partial/samples.csv; rerun the same command to continue.")]
    public string Out { get; set; } = string.Empty;

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("Error budget of a compiled MLP on 1000 Fashion-MNIST test images", new CosimOptions
        {
            Design = "netlists/mlp",
            Samples = 1000,
            Levels = ["ideal", "mapped", "wired"],
            Out = "results/mlp",
        }),
    ];
}
