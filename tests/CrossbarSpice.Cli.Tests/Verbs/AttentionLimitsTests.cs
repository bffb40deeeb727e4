using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>
/// Attention beyond what the compiled stages support stops with an error naming the layer (exit 1, nothing written),
/// not a wrong answer: a sequence of 17 tokens (softmax group above 16) at plan time, an operand of 12 units (1.2 V,
/// beyond the Gilbert multipliers' ±1 V) at run time. Fixtures: tests/CrossbarSpice.Cli.Tests/Fixtures/attention-limits.
/// </summary>
public sealed class AttentionLimitsTests
{
    private const string Fixtures = "tests/CrossbarSpice.Cli.Tests/Fixtures/attention-limits/";

    [Fact]
    public void Cosim_SequenceLongerThanTheSoftmaxStage_Exit1NamingTheLayerAndLimit()
    {
        using var scratch = new ScratchDirectory();
        var design = Compile(scratch, "long.json");

        var run = CliRun.Start(["cosim", "--design", design, "--data", Fixtures + "long-tokens.npz", "--samples", "1",
            "--levels", "ideal,characterised", "--out", scratch.Combine("run")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Error:", run.Errors, StringComparison.Ordinal);
        Assert.Contains("'weights'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("17 elements", run.Errors, StringComparison.Ordinal);
        Assert.Contains("supports 2 to 16", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("run")));
    }

    [Fact]
    public void Cosim_OperandBeyondTheMultipliersRange_Exit1NamingTheLayer()
    {
        using var scratch = new ScratchDirectory();
        var design = Compile(scratch, "short.json");

        var run = CliRun.Start(["cosim", "--design", design, "--data", Fixtures + "short-tokens.npz", "--samples", "1",
            "--levels", "ideal,characterised", "--out", scratch.Combine("run")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Error:", run.Errors, StringComparison.Ordinal);
        Assert.Contains("layer scores", run.Errors, StringComparison.Ordinal);
        Assert.Contains("1.2 V (12 units) is beyond the Gilbert multipliers' ±1 V input range", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("run")));
    }

    private static string Compile(ScratchDirectory scratch, string architecture)
    {
        var design = scratch.Combine("design");
        var compile = CliRun.Start(["compile-weights", "--arch", Fixtures + architecture, "--weights", Fixtures + "none.npz",
            "--device", "device-cards/ag-acarbon-ag.json", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        return design;
    }
}
