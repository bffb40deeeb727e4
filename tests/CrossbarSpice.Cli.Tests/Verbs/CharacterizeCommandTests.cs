using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>End-to-end runs of <c>crossbar characterize</c> (peripheral modules).</summary>
public sealed class CharacterizeCommandTests
{
    [Fact]
    public void Characterize_ReluCoarse_WritesCurvePlotsTableAndSummary()
    {
        using var scratch = new ScratchDirectory();
        var output = scratch.Combine("relu");
        var tables = scratch.Combine("tables");

        var run = CliRun.Start("characterize", "relu", "--coarse", "--out", output, "--tables", tables);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var file in new[] { "relu/curve.csv", "relu/step.csv", "relu/transfer.csv", "relu/transfer.png", "relu/step.png", "relu/dc.cir", "summary.csv", "summary.md" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), $"{file} missing\n{run}");
        }

        Assert.True(File.Exists(Path.Combine(tables, "relu", "cmos-180nm_bsim3_1.8V.csv")), run.ToString());
        Assert.Contains("| relu | seed-faithful |", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Characterize_MemristorCard_ExitsOneNamingModuleAndField()
    {
        using var scratch = new ScratchDirectory();

        var run = CliRun.Start("characterize", "gilbert", "--card", "device-cards/vteam-seed001.json", "--out", scratch.Combine("out"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("module 'gilbert'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("kind", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }

    [Fact]
    public void Characterize_UnknownModule_ExitsOneListingModules()
    {
        var run = CliRun.Start("characterize", "no-such-module");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("sigmoid-6t", run.Errors, StringComparison.Ordinal);
    }
}
