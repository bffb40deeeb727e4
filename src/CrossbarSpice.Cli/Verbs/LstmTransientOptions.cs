using CommandLine;
using CommandLine.Text;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar lstm-transient</c>.</summary>
[Verb("lstm-transient", HelpText = "Run one LSTM cell of a compiled design over a short input sequence as ONE ngspice transient (master-slave sample-and-holds, two-phase clock; docs/lstm-circuit.md) and compare h, c per step with the step-by-step spice level.")]
internal sealed class LstmTransientOptions
{
    /// <summary>Compiled design folder.</summary>
    [Option("design", Required = true, HelpText = "A design folder written by compile-weights with an LSTM layer (it carries its own copy of the network, so it may have been moved).")]
    public string Design { get; set; } = string.Empty;

    /// <summary>The input sequence file.</summary>
    [Option("inputs", Required = true, HelpText = "Text file of x_1..x_T (T ≤ 8): one line per step, the cell's I input values in network units separated by commas.")]
    public string Inputs { get; set; } = string.Empty;

    /// <summary>The cell's crossbar name.</summary>
    [Option("cell", HelpText = "The cell's crossbar name (e.g. rnn or block1.bilstm2d/vertical/forward); needed when the design has more than one LSTM cell.")]
    public string? Cell { get; set; }

    /// <summary>Step period, s.</summary>
    [Option("period", Default = 4e-6, HelpText = "Time per step in seconds (evaluate 60 %, sample 60–75 %, transfer 80–95 %); at least 0.25 µs (edges are 5 ns).")]
    public double Period { get; set; } = 4e-6;

    /// <summary>Output folder.</summary>
    [Option('o', "out", Required = true, HelpText = "Output folder (written whole or not at all): lstm-transient.csv, lstm-transient.png/.svg, transient.cir (self-contained with design/: cd into the folder and run ngspice -b transient.cir).")]
    public string Out { get; set; } = string.Empty;

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("Four steps of the LSTM cell rnn of a compiled design", new LstmTransientOptions { Design = "rnn/design", Inputs = "rnn/x.csv", Cell = "rnn", Out = "results/rnn-transient" }),
    ];
}
