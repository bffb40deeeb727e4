using System.Globalization;
using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary><c>crossbar report energy --table seed002</c> on the tiny MLP compiled for seed 002's 1T1M card.</summary>
public sealed class ReportTableSevenTests
{
    [Fact]
    public void Report_TableSeed002_WritesTableVIIBesideTheDesignAndRefusesUnknownTablesAndAreaReports()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("tiny");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/tiny-mlp/architecture.json", "--weights", "netlists/examples/tiny-mlp/weights.npz",
            "--device", "device-cards/ag-acarbon-ag.json", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var output = scratch.Combine("report");

        var run = CliRun.Start(["report", "energy", "--design", design, "--out", output, "--table", "seed002", "--samples", "1", "--cache", scratch.Combine("cache")]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("beside seed 002 Table VII", run.Output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(output, "energy-table7.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0]);
        var energy = File.ReadAllLines(Path.Combine(output, "energy.csv")).Skip(1).Select(l => l.Split(',')).Single(r => r[0] == "total");
        Assert.Equal(double.Parse(energy[4], CultureInfo.InvariantCulture), double.Parse(rows["total"][2], CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal("2231.34", rows["total"][1]);
        Assert.Equal("0.66", rows["softmax circuit"][1]);
        Assert.True(double.Parse(rows["softmax circuit"][5], CultureInfo.InvariantCulture) > 0);
        Assert.True(double.Parse(rows["layer normalization circuit"][5], CultureInfo.InvariantCulture) > 0);
        Assert.Equal("estimate", rows["DAC"][3]);
        Assert.Equal("simulated", rows["ReLU circuit"][3]);

        var unknown = CliRun.Start(["report", "energy", "--design", design, "--out", scratch.Combine("u"), "--table", "seed009"]);
        var area = CliRun.Start(["report", "area", "--design", design, "--out", scratch.Combine("a"), "--table", "seed002"]);

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Error:", unknown.Errors, StringComparison.Ordinal);
        Assert.Contains("--table", unknown.Errors, StringComparison.Ordinal);
        Assert.Contains("seed009", unknown.Errors, StringComparison.Ordinal);
        Assert.Equal(1, area.ExitCode);
        Assert.Contains("report energy", area.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("u")));
        Assert.False(Directory.Exists(scratch.Combine("a")));
    }
}
