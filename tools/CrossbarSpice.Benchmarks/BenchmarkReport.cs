using System.Globalization;
using System.Text;

namespace CrossbarSpice.Benchmarks;

/// <summary>The benchmark's markdown: machine, command, and one table row per size.</summary>
internal static class BenchmarkReport
{
    /// <summary>The table header.</summary>
    public static string Header =>
        "| N | unknowns | nnz(A) | nnz(L+U) | setup (assemble+AMD) | factor | per solve | linear map build | per sample (map) | ngspice .op | speed-up per solve | speed-up factor+solve | max rel diff vs ngspice | map vs solve | peak RSS (solver) |\n" +
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";

    /// <summary>One table row.</summary>
    public static string Row(BenchmarkRow row)
    {
        var ngspice = row.NgspiceSeconds is { } s ? Seconds(s) : "—";
        var perSolve = row.NgspiceSeconds is { } a ? Ratio(a / row.SolveSeconds) : "—";
        var withFactor = row.NgspiceSeconds is { } b ? Ratio(b / (row.SetupSeconds + row.FactorSeconds + row.SolveSeconds)) : "—";
        var difference = row.MaxRelativeDifference is { } d ? d.ToString("0.0E+0", CultureInfo.InvariantCulture) : "—";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {row.Size} | {row.Unknowns} | {row.MatrixNonZeros} | {row.FactorNonZeros} | {Seconds(row.SetupSeconds)} | {Seconds(row.FactorSeconds)} | {Seconds(row.SolveSeconds)} | {Seconds(row.MapSeconds)} | {Seconds(row.SampleSeconds)} | {ngspice} | {perSolve} | {withFactor} | {difference} | {row.MapVersusSolve:0.0E+0} | {row.SolverPeakBytes / 1048576.0:0} MiB |\n");
    }

    /// <summary>The machine: processor count, CPU model, OS, .NET.</summary>
    public static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"- processors (nproc): {Environment.ProcessorCount}\n");
        text.Append(CultureInfo.InvariantCulture, $"- CPU: {model ?? "unknown"}\n");
        text.Append(CultureInfo.InvariantCulture, $"- OS: {System.Runtime.InteropServices.RuntimeInformation.OSDescription}\n");
        text.Append(CultureInfo.InvariantCulture, $"- .NET: {Environment.Version}\n");
        return text.ToString();
    }

    /// <summary>The 1, 5 and 15 min load averages (/proc/loadavg), or "unknown".</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg")
        ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "unknown";

    /// <summary>A duration with a unit that keeps 3 significant digits.</summary>
    public static string Seconds(double seconds) => seconds switch
    {
        >= 1 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.00} s"),
        >= 1e-3 => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e3:0.00} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e6:0.00} µs"),
    };

    private static string Ratio(double value) => string.Create(CultureInfo.InvariantCulture, $"{value:0}×");
}
