using CommandLine;
using CommandLine.Text;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>Options of <c>crossbar timing</c>.</summary>
[Verb("timing", HelpText = "Settling, latency and energy per inference at the spice level (docs/timing.md): every stage deck of a compiled design as an ngspice transient, lane after lane, each driven by the inputs the spice level gives it; per stage the slowest settle time into a band, the critical path per inference, throughput, energy integrated from the sources' currents at that clock, beside report energy's estimate and the software reference's measured time.")]
internal sealed class TimingOptions : DataSetOptions
{
    /// <summary>Compiled design folder.</summary>
    [Option("design", Required = true, HelpText = "A design folder written by compile-weights (with its periphery: differential readouts).")]
    public string Design { get; set; } = string.Empty;

    /// <summary>Samples.</summary>
    [Option("samples", Default = 1, HelpText = "The first N samples of the data set (1–3 are typical: every stage runs an ngspice transient per sample).")]
    public int Samples { get; set; } = 1;

    /// <summary>Output folder.</summary>
    [Option('o', "out", Required = true, HelpText = "Output folder (written whole or not at all): timing.csv (per stage), timing-summary.csv (per inference), timing.png/.svg (each stage's slowest output against time, settle points marked).")]
    public string Out { get; set; } = string.Empty;

    /// <summary>Settling band, mV.</summary>
    [Option("band-mv", Default = 1.0, HelpText = "Half-width of the settling band around each output's final value, mV.")]
    public double BandMillivolts { get; set; } = 1.0;

    /// <summary>First slot, ns.</summary>
    [Option("slot-ns", Default = 1000.0, HelpText = "Time each lane gets in the transient at first, ns; doubled until every lane settles within 80 % of it.")]
    public double SlotNanoseconds { get; set; } = 1000.0;

    /// <summary>Longest slot, ns.</summary>
    [Option("max-slot-ns", Default = 64000.0, HelpText = "Longest slot tried, ns; a lane still moving then is reported unsettled (its time a lower bound).")]
    public double MaxSlotNanoseconds { get; set; } = 64000.0;

    /// <summary>Points per slot.</summary>
    [Option("points-per-slot", Default = 400, HelpText = "ngspice's largest time step is the slot divided by this.")]
    public int PointsPerSlot { get; set; } = 400;

    /// <summary>Lanes per ngspice run.</summary>
    [Option("lanes-per-run", Default = 50, HelpText = "Most lanes one ngspice transient steps through; each run starts from the reset state (inputs at 0 V).")]
    public int LanesPerRun { get; set; } = 50;

    /// <summary>How the tiles enter ngspice.</summary>
    [Option("spice-arrays", Default = "port", HelpText = "port: ohmic tiles as their exact (resistive) port equivalents; full: every tile as compiled (as cosim --spice-arrays).")]
    public string SpiceArrays { get; set; } = "port";

    /// <summary>energy.csv of report energy.</summary>
    [Option("energy", HelpText = "energy.csv written by report energy for this design: its per-layer estimate is put beside the transient's energy in timing-summary.csv.")]
    public string? Energy { get; set; }

    /// <summary>Examples shown by --help.</summary>
    [Usage(ApplicationAlias = "./crossbar")]
    public static IEnumerable<Example> Examples =>
    [
        new("Settling, latency and energy of bcu-small on one test image", new TimingOptions { Design = "netlists/bcu-small", Out = "results/timing/bcu-small" }),
    ];
}
