using System.Globalization;
using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>End-to-end runs of <c>crossbar report energy|area</c> on the compiled tiny MLP.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void Report_EnergyAndAreaOnTinyMlp_WritesCsvAndChartsWithTotalsAndMarkedEstimates()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("tiny");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/tiny-mlp/architecture.json", "--weights", "netlists/examples/tiny-mlp/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var output = scratch.Combine("report");

        var energy = CliRun.Start(["report", "energy", "--design", design, "--out", output, "--cache", scratch.Combine("cache")]);
        var area = CliRun.Start(["report", "area", "--design", design, "--out", output]);

        Assert.True(energy.ExitCode == 0, energy.ToString());
        Assert.True(area.ExitCode == 0, area.ToString());
        foreach (var file in new[] { "energy.csv", "energy.png", "energy.svg", "area.csv", "area.png", "area.svg" })
        {
            Assert.True(new FileInfo(Path.Combine(output, file)).Length > 0, file);
        }

        Assert.Contains("every input at 0.5 units", energy.Output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(output, "energy.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var total = rows.Single(r => r[0] == "total");
        var sum = rows.Where(r => r[0] != "total").Sum(r => double.Parse(r[4], CultureInfo.InvariantCulture));
        Assert.Equal(sum, double.Parse(total[4], CultureInfo.InvariantCulture), tolerance: 1e-9 * sum);
        Assert.Equal("estimate", rows.Single(r => r[1] == "DAC (8-bit)")[7]);
        Assert.Equal("simulated", rows.Single(r => r[0] == "fc1" && r[1].StartsWith("synapse array", StringComparison.Ordinal))[7]);
        Assert.StartsWith("group,module,instances,area_um2,source,basis\n", File.ReadAllText(Path.Combine(output, "area.csv")), StringComparison.Ordinal);

        // The second verb rewrote report.html with both reports of the folder: each table and chart once.
        var page = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<table class=\"energy\">", page, StringComparison.Ordinal);
        Assert.Contains("<table class=\"area\">", page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("<svg ").Length - 1);
        Assert.Contains("wrote area.csv, area.png, area.svg, report.html in", area.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MissingDesignFolder_ExitsOneNamingIt()
    {
        using var scratch = new ScratchDirectory();

        var run = CliRun.Start(["report", "energy", "--design", scratch.Combine("nowhere"), "--out", scratch.Combine("out")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Error:", run.Errors, StringComparison.Ordinal);
        Assert.Contains("nowhere", run.Errors, StringComparison.Ordinal);
        Assert.Contains("design folder not found", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }

    [Fact]
    public void Report_UnknownKind_ExitsOne()
    {
        using var scratch = new ScratchDirectory();

        var run = CliRun.Start(["report", "power", "--design", scratch.Combine("nowhere")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown report 'power'", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EnergyOnCompiledSequencer_WritesTableThreeBreakdownWithEveryCategoryAndTheTotal()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("sequencer");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/sequencer/architecture.json", "--weights", "netlists/examples/sequencer/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--cell", "passive", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var output = scratch.Combine("report");

        var energy = CliRun.Start(["report", "energy", "--design", design, "--out", output, "--samples", "1", "--cache", scratch.Combine("cache")]);

        Assert.True(energy.ExitCode == 0, energy.ToString());
        foreach (var file in new[] { "energy-table3.csv", "energy-table3.png", "energy-table3.svg" })
        {
            Assert.True(new FileInfo(Path.Combine(output, file)).Length > 0, file);
        }

        var modules = File.ReadAllLines(Path.Combine(output, "energy.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var categories = File.ReadAllLines(Path.Combine(output, "energy-table3.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var category in new[] { "BiLSTM2D circuit module", "normalisation circuit module", "multi-layer perceptron module", "patch embedding module",
            "global average pooling module", "timing signal generation module" })
        {
            var row = categories.Single(r => r[0] == category);
            Assert.True(double.Parse(row[1], CultureInfo.InvariantCulture) > 0, category);
        }

        Assert.Equal(4, modules.Count(r => r[0] == "block1.bilstm2d" && r[1].StartsWith("synapse array", StringComparison.Ordinal)));
        var total = double.Parse(modules.Single(r => r[0] == "total")[4], CultureInfo.InvariantCulture);
        var sum = categories.Where(r => r[0] != "total").Sum(r => double.Parse(r[1], CultureInfo.InvariantCulture));
        Assert.Equal(total, sum, tolerance: 1e-9 * total);
        Assert.Equal(total, double.Parse(categories.Single(r => r[0] == "total")[1], CultureInfo.InvariantCulture), tolerance: 1e-9 * total);
        Assert.Contains("by seed 000 Table III category", energy.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_DesignPathIsAFolderWithoutManifest_ExitsOne()
    {
        using var scratch = new ScratchDirectory();
        var empty = scratch.Combine("empty");
        Directory.CreateDirectory(empty);

        var run = CliRun.Start(["report", "energy", "--design", empty, "--out", scratch.Combine("out")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Error:", run.Errors, StringComparison.Ordinal);
        Assert.Contains("empty", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_DesignPathIsAFile_ExitsOne()
    {
        using var scratch = new ScratchDirectory();
        var file = scratch.Combine("design.json");
        File.WriteAllText(file, "{}");

        var run = CliRun.Start(["report", "area", "--design", file]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("design folder not found", run.Errors, StringComparison.Ordinal);
    }
}
