using System.Text;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Benchmarks;

/// <summary>
/// Array-solver benchmark: factor, per-solve and per-sample (linear map) cost of ohmic N×N tiles with wire
/// resistance, beside ngspice's <c>.op</c> on the same test bench. Prints a markdown table (rows as they finish,
/// progress on stderr) and optionally writes it to a file.
/// Run: <c>dotnet run -c Release --project tools/CrossbarSpice.Benchmarks -- --out docs/array-solver-benchmark.md</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "rc-transient")
        {
            return RcTransientBenchmark.Run(args[1..]);
        }

        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (Exception error) when (error is ArgumentException or FormatException)
        {
            Console.Error.WriteLine("Error: " + error.Message);
            return 1;
        }

        var loadAtStart = BenchmarkReport.LoadAverage();
        if (options.Mode == "spice-arrays")
        {
            var result = SpiceArraysBenchmark.RunAll(options.Sizes, options.SegmentOhms);
            var load = $"\nLoad average (1, 5, 15 min) at start {loadAtStart}, at end {BenchmarkReport.LoadAverage()}; {Environment.ProcessorCount} cores.\n";
            Console.Write(load);
            if (options.OutputPath is { } file)
            {
                File.WriteAllText(file, result + load);
            }

            return 0;
        }

        var table = new StringBuilder(BenchmarkReport.Header);
        Console.Write(BenchmarkReport.Header);
        using var engine = new NgspiceEngine(maxConcurrentRuns: 1);
        var rows = new List<BenchmarkRow>();
        foreach (var size in options.Sizes)
        {
            Console.Error.WriteLine($"benchmark: {size}x{size}");
            var row = ArraySolverBenchmark.Run(size, options.SegmentOhms, size <= options.NgspiceMaxSize ? engine : null);
            rows.Add(row);
            var line = BenchmarkReport.Row(row);
            table.Append(line);
            Console.Write(line);
        }

        if (options.OutputPath is { } path)
        {
            var command = "dotnet run -c Release --project tools/CrossbarSpice.Benchmarks -- " + string.Join(' ', args);
            File.WriteAllText(path, BenchmarkDocument.Compose(table.ToString(), rows, command, options, loadAtStart, BenchmarkReport.LoadAverage()));
        }

        return 0;
    }
}
