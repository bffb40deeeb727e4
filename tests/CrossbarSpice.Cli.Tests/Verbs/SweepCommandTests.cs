using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>End-to-end runs of <c>crossbar sweep</c> and <c>crossbar sweep-merge</c> on the bundled BCU.</summary>
public sealed class SweepCommandTests
{
    private static readonly string[] Files = ["sweep.json", "progress.csv", "points.csv", "summary.csv", "accuracy.png", "accuracy.svg", "report.html"];

    [Fact]
    public void Sweep_ShardsMerged_EqualTheUnshardedRunByteForByte()
    {
        using var scratch = new ScratchDirectory();
        var design = Compile(scratch);
        string[] sweep = ["sweep", "--design", design, "--samples", "40", "--vary", "fault-rate=0:0.2:0.1", "--fault", "lrs,hrs", "--seeds", "2"];
        var whole = scratch.Combine("whole");

        var run = CliRun.Start([.. sweep, "--out", whole]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("software (ideal level):", run.Output, StringComparison.Ordinal);
        Assert.Contains("13/13", run.Errors, StringComparison.Ordinal);
        Assert.Equal(1 + (2 * 3 * 2), File.ReadAllLines(Path.Combine(whole, "points.csv")).Length);
        Assert.StartsWith("series,value,seeds,mean,std,min,max,software_accuracy\nlrs,0,2,", File.ReadAllText(Path.Combine(whole, "summary.csv")), StringComparison.Ordinal);

        var shards = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            shards.Add(scratch.Combine($"shard-{i}"));
            var shard = CliRun.Start([.. sweep, "--shard", $"{i}/3", "--out", shards[^1]]);
            Assert.True(shard.ExitCode == 0, shard.ToString());
            Assert.Contains($"Shard {i}/3", shard.Output, StringComparison.Ordinal);
        }

        var merged = scratch.Combine("merged");
        var merge = CliRun.Start(["sweep-merge", "--out", merged, shards[2], shards[0], shards[1]]);

        Assert.True(merge.ExitCode == 0, merge.ToString());
        foreach (var file in Files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(whole, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(merged, file))), $"{file} differs");
        }

        var rerun = CliRun.Start([.. sweep, "--out", whole]);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains("0 of 13 unit(s) computed now", rerun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void SweepMerge_MissingShard_ExitsOneNamingIt()
    {
        using var scratch = new ScratchDirectory();
        var design = Compile(scratch);
        var shard = scratch.Combine("shard-0");
        var run = CliRun.Start(["sweep", "--design", design, "--samples", "10", "--vary", "levels=10:11", "--seeds", "1", "--shard", "0/2", "--out", shard]);
        Assert.True(run.ExitCode == 0, run.ToString());

        var merge = CliRun.Start(["sweep-merge", "--out", scratch.Combine("merged"), shard]);

        Assert.Equal(1, merge.ExitCode);
        Assert.Contains("missing shard(s) 1/2", merge.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("merged")));
    }

    [Theory]
    [InlineData("--level", "ideal")]
    [InlineData("--vary", "fault-rate=0:2:0.5")]
    [InlineData("--shard", "4/4")]
    [InlineData("--fault", "lrs")]
    [InlineData("--fault", "sideways")]
    public void Sweep_BadArgument_ExitsOneNamingIt(string option, string value)
    {
        using var scratch = new ScratchDirectory();
        string[] arguments = ["sweep", "--design", scratch.Combine("none"), "--vary", "levels=10", "--out", scratch.Combine("out")];
        var index = Array.IndexOf(arguments, option);
        if (index >= 0)
        {
            arguments[index + 1] = value;
        }
        else
        {
            arguments = [.. arguments, option, value];
        }

        var run = CliRun.Start(arguments);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"field '{option}'", run.Errors, StringComparison.Ordinal);
        Assert.Contains(option == "--level" ? "characterised" : option, run.Errors, StringComparison.Ordinal);
    }

    private static string Compile(ScratchDirectory scratch)
    {
        var design = scratch.Combine("bcu");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/bcu/architecture.json", "--weights", "netlists/examples/bcu/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        return design;
    }
}
