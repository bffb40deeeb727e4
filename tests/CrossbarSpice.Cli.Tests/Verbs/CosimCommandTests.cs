using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>End-to-end runs of <c>crossbar cosim</c>.</summary>
public sealed class CosimCommandTests
{
    [Fact]
    public void Cosim_CompiledMlp20Samples_WritesTablesAndPrintsBudget()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("mlp");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/mlp-784-64-10/architecture.json", "--weights", "netlists/examples/mlp-784-64-10/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--cell", "passive", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var output = scratch.Combine("results");

        var run = CliRun.Start(["cosim", "--design", design, "--data", "fashion-mnist", "--split", "test", "--samples", "20", "--levels", "ideal,mapped,wired", "--out", output]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Error budget over 20 sample(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("wired", run.Output, StringComparison.Ordinal);
        Assert.Contains("20/20 samples", run.Errors, StringComparison.Ordinal);
        Assert.Equal(21, File.ReadAllLines(Path.Combine(output, "predictions.csv")).Length);
        Assert.StartsWith("level,correct,total,accuracy\nideal,", File.ReadAllText(Path.Combine(output, "accuracy.csv")), StringComparison.Ordinal);
        Assert.Equal(1 + (4 * 2), File.ReadAllLines(Path.Combine(output, "layer-deltas.csv")).Length);

        var rerun = CliRun.Start(["cosim", "--design", design, "--samples", "20", "--levels", "ideal,mapped,wired", "--out", output]);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains("(0 computed now)", rerun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cosim_UnknownLevel_ExitsOneNamingTheLevel()
    {
        using var scratch = new ScratchDirectory();

        var run = CliRun.Start(["cosim", "--design", scratch.Combine("none"), "--levels", "ideal,layout", "--out", scratch.Combine("out")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("layout", run.Errors, StringComparison.Ordinal);
        Assert.Contains("field '--levels'", run.Errors, StringComparison.Ordinal);
    }
}
