using CommandLine;
using CommandLine.Text;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar export-decks</c>.</summary>
[Verb("export-decks", HelpText = "Write the spice level's decks of chosen samples (inputs applied, relative includes, .save and .control) into a self-contained folder that plain `ngspice -b` runs, with the expected outputs and run-all.sh, which compares them to 1e-9 V.")]
internal sealed class ExportDecksOptions : DataSetOptions
{
    /// <summary>Compiled design folder.</summary>
    [Option("design", Required = true, HelpText = "A design folder written by compile-weights.")]
    public string Design { get; set; } = string.Empty;

    /// <summary>Sample indices.</summary>
    [Option("samples", Separator = ',', Default = new[] { 0 }, HelpText = "Comma-separated sample indices of the split (e.g. 0,1); every spice-level run of each is exported.")]
    public IEnumerable<int> Samples { get; set; } = [0];

    /// <summary>Output folder.</summary>
    [Option('o', "out", Required = true, HelpText = "Export folder (written whole or not at all): decks, expected CSVs, the design's libraries, decks.csv, run-all.sh.")]
    public string Out { get; set; } = string.Empty;

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("Decks of test images 0 and 1 for a circuit designer", new ExportDecksOptions
        {
            Design = "netlists/bcu-small",
            Samples = [0, 1],
            Out = "results/bcu-small-decks",
        }),
    ];
}
