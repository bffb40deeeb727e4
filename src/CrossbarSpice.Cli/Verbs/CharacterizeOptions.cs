using CommandLine;
using CommandLine.Text;
using CrossbarSpice.Devices.Process;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar characterize</c>.</summary>
[Verb("characterize", HelpText = "Characterise a peripheral circuit (or 'all') in ngspice: DC transfer vs its ideal function, step response, power, energy/op, devices, area; writes CSV, PNG + SVG plots and the characterised transfer table.")]
internal sealed class CharacterizeOptions
{
    /// <summary>Module name or <c>all</c>.</summary>
    [Value(0, MetaName = "module", Required = true, HelpText = "Module name (sigmoid-6t, tanh-amp, gilbert, relu, normalisation, normalisation-hi-rn3, gap, inverter-driver, abs, bounded-tanh, avg-pool, max-pool, softmax, layer-norm, adder, affine, current-subtractor, general-sigmoid, general-tanh, opamp-mm, opamp-cmos) or 'all'.")]
    public string Module { get; set; } = string.Empty;

    /// <summary>Process card file.</summary>
    [Option("card", HelpText = "Process card (transistor models and supplies). Default: device-cards/cmos-180nm.json (of the working directory, else of the CrossbarSpice install).")]
    public string? Card { get; set; }

    /// <summary>Transistor model level; default the card's.</summary>
    [Option("level", HelpText = "Transistor model level: bsim3 | level1. Default: the card's default (BSIM3 for cmos-180nm).")]
    public TransistorModelLevel? Level { get; set; }

    /// <summary>Output folder.</summary>
    [Option('o', "out", HelpText = "Output folder; written whole or not at all. Default: results/characterize/<module or all>/.")]
    public string? Out { get; set; }

    /// <summary>Folder of characterised transfer tables.</summary>
    [Option("tables", HelpText = "Also store each transfer table as <tables>/<module>/<card>_<level>_<vdd>V.csv (reference data of the library's benches, read by the tests; the characterised co-simulation level measures the design's own circuits instead and does not read them), e.g. 'characterised'.")]
    public string? Tables { get; set; }

    /// <summary>Coarse sweeps.</summary>
    [Option("coarse", HelpText = "Coarse sweeps (as in the tests) instead of fine ones.")]
    public bool Coarse { get; set; }

    /// <summary>Time limit per run, s.</summary>
    [Option("timeout", Default = 300.0, HelpText = "Seconds each ngspice run may take.")]
    public double TimeoutSeconds { get; set; }

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("The ReLU with the default 180 nm card", new CharacterizeOptions { Module = "relu" }),
        new("Every module, tables stored as reference data in characterised/", new CharacterizeOptions { Module = "all", Tables = "characterised" }),
    ];
}
