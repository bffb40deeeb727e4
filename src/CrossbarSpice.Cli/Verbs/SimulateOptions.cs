using CommandLine;
using CommandLine.Text;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar simulate</c>.</summary>
[Verb("simulate", HelpText = "Run a SPICE netlist in-process with ngspice; write every node voltage and source current as CSV and as an ngspice raw file (ASCII, beside the CSV).")]
internal sealed class SimulateOptions
{
    /// <summary>Netlist file (SPICE text).</summary>
    [Value(0, MetaName = "netlist", Required = true, HelpText = "SPICE netlist file (.cir).")]
    public string Netlist { get; set; } = string.Empty;

    /// <summary>Analysis to run; default: every analysis in the netlist, one after the other.</summary>
    [Option('a', "analysis", HelpText = "op | dc | tran. Default: each analysis the netlist contains. dc needs --dc unless the netlist has a .dc line; tran needs --tran likewise.")]
    public AnalysisKind? Analysis { get; set; }

    /// <summary>DC sweep in SPICE syntax.</summary>
    [Option("dc", HelpText = "DC sweep as in a .dc card: \"SOURCE START STOP STEP\", e.g. \"V1 0 1.8 10m\". Implies --analysis dc.")]
    public string? Dc { get; set; }

    /// <summary>Transient in SPICE syntax.</summary>
    [Option("tran", HelpText = "Transient as in a .tran card: \"TSTEP TSTOP [TSTART [TMAX]]\", e.g. \"1n 10u\". Implies --analysis tran.")]
    public string? Tran { get; set; }

    /// <summary>Output folder.</summary>
    [Option('o', "out", HelpText = "Output folder; written whole or not at all. Default: results/<netlist name>/.")]
    public string? Out { get; set; }

    /// <summary>Per-analysis time limit in seconds.</summary>
    [Option("timeout", Default = 600.0, HelpText = "Seconds one analysis may take before it is halted.")]
    public double TimeoutSeconds { get; set; }

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("Operating point of the bundled diode + MOSFET example", new SimulateOptions { Netlist = "netlists/examples/diode-mosfet.cir", Out = "results/diode-mosfet" }),
        new("Transient of an RC step with a finer time step than the netlist's", new SimulateOptions { Netlist = "netlists/examples/rc-step.cir", Tran = "1n 5u", Out = "results/rc" }),
        new("DC sweep of a source", new SimulateOptions { Netlist = "netlists/examples/diode-mosfet.cir", Dc = "VIN 0 1.8 10m", Out = "results/diode-sweep" }),
    ];
}

/// <summary>Analyses the simulate verb can run.</summary>
internal enum AnalysisKind
{
    /// <summary>DC operating point.</summary>
    Op,

    /// <summary>DC sweep.</summary>
    Dc,

    /// <summary>Transient.</summary>
    Tran,
}
