using CommandLine;
using CommandLine.Text;
using CrossbarSpice.Devices.Process;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar report energy|area</c>.</summary>
[Verb("report", HelpText = "Energy per inference and area per module of a compiled design: a table on the terminal, CSV, a bar chart (PNG + SVG) and report.html (every table and chart of the output folder on one page).")]
internal sealed class ReportOptions
{
    /// <summary><c>energy</c> or <c>area</c>.</summary>
    [Value(0, MetaName = "what", Required = true, HelpText = "energy | area")]
    public string What { get; set; } = string.Empty;

    /// <summary>Compiled design folder.</summary>
    [Option("design", Required = true, HelpText = "A folder written by compile-weights (run from the folder compile-weights ran in).")]
    public string Design { get; set; } = string.Empty;

    /// <summary>Cosim run whose samples are the array inputs.</summary>
    [Option("run", HelpText = "A cosim output folder: its samples are the inputs the array read energy is averaged over.")]
    public string? Run { get; set; }

    /// <summary>Default number of test images.</summary>
    [Option("samples", Default = 3, HelpText = "Without --run: the first N Fashion-MNIST test images (784-input networks).")]
    public int Samples { get; set; } = 3;

    /// <summary>Process card of the periphery.</summary>
    [Option("card", HelpText = "Process card the peripheral circuits are simulated on. Default: device-cards/cmos-180nm.json (of the working directory, else of the CrossbarSpice install).")]
    public string? Card { get; set; }

    /// <summary>Accounting rules: full or seed000.</summary>
    [Option("accounting", Default = "full", HelpText = "full (every instance, every read, quiescent power) or seed000: also the rows counted as seed 000 Table III does (one instance per module, one 100 ns read at 0.5 V, no quiescent power), written to energy-seed000*.csv (energy only).")]
    public string Accounting { get; set; } = "full";

    /// <summary>Transistor model level.</summary>
    [Option("level", HelpText = "Transistor model level: bsim3 | level1. Default: the card's default.")]
    public TransistorModelLevel? Level { get; set; }

    /// <summary>Inference rate for the power column.</summary>
    [Option("rate", HelpText = "Inferences per second for the power column. Default: one inference per (read steps × read pulse width).")]
    public double? Rate { get; set; }

    /// <summary>Input word bits.</summary>
    [Option("input-bits", Default = 8, HelpText = "Bits of an input word (DAC resolution and input-buffer word).")]
    public int InputBits { get; set; } = 8;

    /// <summary>ADC bits.</summary>
    [Option("adc-bits", Default = 8, HelpText = "ADC resolution at the network outputs, bits.")]
    public int AdcBits { get; set; } = 8;

    /// <summary>Output folder.</summary>
    [Option('o', "out", HelpText = "Output folder. Default: results/report/<design>/.")]
    public string? Out { get; set; }

    /// <summary>Cache of the periphery's operation energies.</summary>
    [Option("cache", Default = "results/.cache/periphery-energy", HelpText = "Folder caching each module's ngspice operation energy (keyed by deck and model hash); 'none' to always simulate.")]
    public string Cache { get; set; } = "results/.cache/periphery-energy";

    /// <summary>Data set folder.</summary>
    [Option("data-folder", HelpText = "Folder holding the Fashion-MNIST IDX files. Default: /usr/share/datasets/fashion-mnist.")]
    public string? DataFolder { get; set; }

    /// <summary>Time limit per ngspice run, s.</summary>
    [Option("timeout", Default = 300.0, HelpText = "Seconds each ngspice run may take.")]
    public double TimeoutSeconds { get; set; } = 300;

    /// <summary>A published table to compare with: <c>seed002</c> (Table VII).</summary>
    [Option("table", HelpText = "Also compare with a published table: seed002 (seed 002's Table VII per module, total and power at 0.5 V, 50 ns).")]
    public string? Table { get; set; }

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("Energy per module of the compiled BCU", new ReportOptions { What = "energy", Design = "netlists/bcu" }),
        new("Area per module", new ReportOptions { What = "area", Design = "netlists/bcu" }),
    ];
}
