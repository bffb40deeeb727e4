using System.Globalization;

namespace CrossbarSpice.Benchmarks;

/// <summary>The committed benchmark document (docs/array-solver-benchmark.md).</summary>
internal static class BenchmarkDocument
{
    /// <summary>Title, what was measured, machine, command, table.</summary>
    public static string Compose(string table, IReadOnlyList<BenchmarkRow> rows, string command, BenchmarkOptions options, string loadAtStart, string loadAtEnd) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        # Array solver benchmark

        Ohmic N×N crossbar tiles, cell conductances uniform in [1/12 kΩ, 1/1 kΩ] (seed N), {options.SegmentOhms} Ω per row and
        column wire segment, ideal drivers and virtual-ground readouts, row inputs uniform in [0.1, 0.5] V. The same
        `CrossbarTileCircuit` is written by `CrossbarTileNetlistBuilder.BuildTestBench` for ngspice (in-process
        `NgspiceEngine`, `.op`, default options) and solved by `CrossbarArraySolver` (SuiteSparse KLU, Debian libklu1).

        Columns: *setup* builds the nodal equations and runs KLU's symbolic analysis (BTF + AMD); *factor* is KLU's
        numeric LU; *per solve* is one forward/back substitution plus the column currents; *linear map build* is N solves
        giving T (column currents = T · row voltages); *per sample* is one T · v product. *Speed-up per solve* is ngspice's
        `.op` time over the per-solve time (the factorisation is reused across samples); *speed-up factor+solve* counts
        setup, factor and one solve. *max rel diff* is max over columns of |I_solver − I_ngspice| / |I_ngspice|; *map vs
        solve* the same between the linear map and a direct solve. *peak RSS (solver)* is the process's peak resident
        memory (VmHWM, reset before each size) while building, factoring, solving and computing the map — before ngspice runs.

        Machine:

        {Machine()}
        - load average (1, 5, 15 min) at start: {loadAtStart}; at end: {loadAtEnd} (the machine is shared; a load above
          the processor count inflates every time in the table, ngspice's and the solver's alike)

        Command (from the repository root):

        ```
        {command}
        ```

        {table}
        Against the issue's targets (2-core machine):

        {Targets(rows)}

        """);

    private static string Targets(IReadOnlyList<BenchmarkRow> rows)
    {
        var lines = new List<string>();
        if (rows.FirstOrDefault(r => r.Size == 128) is { } row)
        {
            if (row.NgspiceSeconds is { } ngspice)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"- ≥ 1000× faster than ngspice per solve at 128×128, ≤ 1e-9 rel: {ngspice / row.SolveSeconds:0}×, max rel diff {row.MaxRelativeDifference:0.0E+0}"));
            }

            lines.Add($"- 128×128 factor ≤ 0.1 s: {BenchmarkReport.Seconds(row.FactorSeconds)} (symbolic analysis {BenchmarkReport.Seconds(row.SetupSeconds)} besides, once per tile)");
            lines.Add($"- per-sample cost at 128×128 ≤ 0.1 ms through the linear map: {BenchmarkReport.Seconds(row.SampleSeconds)}");
        }

        if (rows.FirstOrDefault(r => r.Size == 512) is { } large)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"- 512×512 solved in-process with peak memory under 2 GB: peak RSS {large.SolverPeakBytes / 1048576.0:0} MiB"));
        }

        return string.Join('\n', lines);
    }

    private static string Machine() => BenchmarkReport.Machine().TrimEnd('\n');
}
