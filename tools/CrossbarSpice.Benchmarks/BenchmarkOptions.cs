using System.Globalization;

namespace CrossbarSpice.Benchmarks;

/// <summary>Command-line options of the array-solver benchmark.</summary>
internal sealed record BenchmarkOptions
{
    /// <summary>Tile sizes N (N×N), in order. Default 16, 32, 64, 128, 256, 512.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [16, 32, 64, 128, 256, 512];

    /// <summary>Largest N also simulated by ngspice. Default 128.</summary>
    public int NgspiceMaxSize { get; init; } = 128;

    /// <summary>Markdown file to write, or null for stdout only.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Wire segment resistance, Ω. Default 2.</summary>
    public double SegmentOhms { get; init; } = 2;

    /// <summary>Which benchmark: <c>array-solver</c> (default) or <c>spice-arrays</c> (<see cref="SpiceArraysBenchmark"/>).</summary>
    public string Mode { get; init; } = "array-solver";

    /// <summary>Parses <c>--mode spice-arrays</c>, <c>--sizes 16,32 --ngspice-max 128 --out file.md --segment-ohms 2</c>.</summary>
    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var k = 0; k < args.Count; k++)
        {
            var value = k + 1 < args.Count ? args[k + 1] : throw new ArgumentException($"{args[k]} needs a value");
            options = args[k] switch
            {
                "--sizes" => options with { Sizes = [.. value.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] },
                "--ngspice-max" => options with { NgspiceMaxSize = int.Parse(value, CultureInfo.InvariantCulture) },
                "--out" => options with { OutputPath = value },
                "--mode" => value is "array-solver" or "spice-arrays" ? options with { Mode = value } : throw new ArgumentException($"unknown mode {value}; use array-solver or spice-arrays"),
                "--segment-ohms" => options with { SegmentOhms = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[k]}; use --mode, --sizes, --ngspice-max, --out, --segment-ohms"),
            };
            k++;
        }

        return options;
    }
}
