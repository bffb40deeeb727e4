using System.Collections.Concurrent;
using System.Diagnostics;
using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Faults;

/// <summary>
/// The bundled small BCU (netlists/examples/bcu-small) compiled once by the CLI for the fault tests, and the
/// uninterrupted runs they compare with, each made once.
/// </summary>
public sealed class BcuSmallDesign : IDisposable
{
    /// <summary>The compile-weights command line of the design, without <c>--out</c>.</summary>
    public static readonly string[] CompileArguments =
    [
        "compile-weights", "--arch", "netlists/examples/bcu-small/architecture.json", "--weights", "netlists/examples/bcu-small/weights.npz",
        "--device", "device-cards/ti-alox-taox-pt.json", "--cell", "passive",
    ];

    private readonly ScratchDirectory scratch = new();
    private readonly ConcurrentDictionary<string, Lazy<Uninterrupted>> references = new(StringComparer.Ordinal);

    /// <summary>Compiles the design.</summary>
    public BcuSmallDesign()
    {
        Folder = scratch.Combine("bcu-small");
        var run = CliRun.Start([.. CompileArguments, "--out", Folder]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"compile-weights bcu-small failed: {run}");
        }
    }

    /// <summary>The design folder.</summary>
    public string Folder { get; }

    /// <summary>The command line of <paramref name="verb"/> on this design (without <c>--out</c>) and the name of its
    /// resumable progress file (empty for compile-weights, which has none).</summary>
    public (string[] Arguments, string ProgressFile) Command(string verb) => verb switch
    {
        "compile-weights" => (CompileArguments, string.Empty),
        "cosim" => (["cosim", "--design", Folder, "--samples", "120", "--levels", "ideal,mapped,wired"], "samples.csv"),
        "sweep" => (["sweep", "--design", Folder, "--samples", "40", "--level", "wired", "--vary", "fault-rate=0:0.2:0.1", "--fault", "lrs", "--seeds", "2"], "progress.csv"),
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "no fault case"),
    };

    /// <summary>The uninterrupted run of <paramref name="verb"/>, run once.</summary>
    internal Uninterrupted Reference(string verb) => references.GetOrAdd(verb, v => new Lazy<Uninterrupted>(() => Run(v))).Value;

    /// <inheritdoc />
    public void Dispose() => scratch.Dispose();

    private Uninterrupted Run(string verb)
    {
        var (arguments, progressFile) = Command(verb);

        // The folder is named "out" as in the signalled runs: compile-weights names the design after its folder.
        var output = scratch.Combine("reference", verb, "out");
        var clock = Stopwatch.StartNew();
        var run = CliRun.Start([.. arguments, "--out", output]);
        var duration = clock.Elapsed;
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"the uninterrupted {verb} failed: {run}");
        }

        var rows = progressFile.Length == 0 ? 0 : File.ReadAllLines(Path.Combine(output, progressFile)).Length - 1;
        return new Uninterrupted(OutputSnapshot.Of(output, progressFile), duration, rows);
    }
}

/// <summary>An uninterrupted run: its output, how long it took, and how many rows its progress file has.</summary>
internal sealed record Uninterrupted(OutputSnapshot Output, TimeSpan Duration, int ProgressRows);
