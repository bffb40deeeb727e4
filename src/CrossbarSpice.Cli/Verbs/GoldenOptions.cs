using CommandLine;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar golden check|update</c>.</summary>
[Verb("golden", HelpText = "Golden co-simulation regression: 'check' recompiles every case under --root, runs its levels and compares the outputs with the recorded ones, stating how far apart neighbouring levels are against the tolerances; 'update' (the only writer) records them anew, refusing when a case's tolerances would let a level pass with its neighbour's values.")]
internal sealed class GoldenOptions
{
    /// <summary><c>check</c> or <c>update</c>.</summary>
    [Value(0, MetaName = "action", Required = true, HelpText = "check | update")]
    public string Action { get; set; } = string.Empty;

    /// <summary>Folder of the cases.</summary>
    [Option("root", Default = "golden/cosim", HelpText = "Folder holding one folder per case, each with case.json (and outputs.csv).")]
    public string Root { get; set; } = "golden/cosim";

    /// <summary>One case only.</summary>
    [Option("case", HelpText = "Run only the case of this name.")]
    public string? Case { get; set; }

    /// <summary>Fashion-MNIST folder.</summary>
    [Option("data-folder", HelpText = "Folder of the Fashion-MNIST IDX files (default: the Debian package's).")]
    public string? DataFolder { get; set; }
}
