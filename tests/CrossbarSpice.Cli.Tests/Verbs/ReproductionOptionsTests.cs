using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>The options issue 21 added (sweep --stuck-both/--weight-levels, compile-weights --preset, report --accounting): bad values exit 1 naming the option and leave nothing.</summary>
public sealed class ReproductionOptionsTests
{
    [Theory]
    [InlineData("--stuck-both", "sideways", "fault-rate=0.1", "both")]
    [InlineData("--stuck-both", "split", "fault-rate=0.1", "lrs")]
    [InlineData("--weight-levels", "9", "aging=0.1", null)]
    [InlineData("--weight-levels", "1", "prune=0.1", null)]
    public void Sweep_BadReproductionOption_ExitsOneNamingIt(string option, string value, string vary, string? fault)
    {
        using var scratch = new ScratchDirectory();
        string[] arguments = ["sweep", "--design", scratch.Combine("none"), "--vary", vary, "--out", scratch.Combine("out"), option, value];
        arguments = fault is null ? arguments : [.. arguments, "--fault", fault];

        var run = CliRun.Start(arguments);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"field '{option}'", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }

    [Fact]
    public void CompileWeights_UnknownPreset_ExitsOneListingThePresets()
    {
        using var scratch = new ScratchDirectory();

        var run = CliRun.Start("compile-weights", "--arch", "netlists/examples/bcu/architecture.json", "--weights", "netlists/examples/bcu/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--preset", "seed999", "--out", scratch.Combine("d"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("field '--preset'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("seed003", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("d")));
    }

    [Fact]
    public void CompileWeights_PresetSeed003_PrintsOneArrayPerLayer()
    {
        using var scratch = new ScratchDirectory();

        var run = CliRun.Start("compile-weights", "--arch", "netlists/examples/bcu/architecture.json", "--weights", "netlists/examples/bcu/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--cell", "passive", "--rwire", "0", "--output-volts", "0.5", "--preset", "seed003", "--out", scratch.Combine("d"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("14x81 on 1 tile(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("10x1400 on 1 tile(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"programmingErrorSigma\": 0.05", File.ReadAllText(Path.Combine(scratch.Combine("d"), "plan", "plan.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_AreaWithSeed000Accounting_ExitsOneNamingTheOption()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("d");
        var compile = CliRun.Start("compile-weights", "--arch", "netlists/examples/tiny-mlp/architecture.json", "--weights", "netlists/examples/tiny-mlp/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--out", design);
        Assert.True(compile.ExitCode == 0, compile.ToString());

        var run = CliRun.Start("report", "area", "--design", design, "--accounting", "seed000", "--out", scratch.Combine("r"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("field '--accounting'", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("r")));
    }
}
