using CrossbarSpice.Cosim.Runs;
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
        Assert.False(Directory.Exists(scratch.Combine("out")), "no output folder after a bad level");
        Assert.False(Directory.Exists(scratch.Combine("out.partial")), "no progress folder after a bad level");
    }

    [Fact]
    public void Cosim_MissingDesign_ExitsOneAndLeavesNoFolder()
    {
        using var scratch = new ScratchDirectory();

        var run = CliRun.Start(["cosim", "--design", scratch.Combine("none"), "--samples", "2", "--out", scratch.Combine("out")]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error:", run.Errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Path));
    }

    [Fact]
    public void Cosim_TwoShardsMergedWithSavedOutputs_EqualTheUnshardedRunByteForByte()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("bcu-small");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/bcu-small/architecture.json", "--weights", "netlists/examples/bcu-small/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--cell", "passive", "--rwire", "0", "--output-volts", "0.2", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        string[] cosim = ["cosim", "--design", design, "--samples", "6", "--levels", "ideal,mapped,wired", "--save-outputs"];
        var whole = scratch.Combine("whole");

        var run = CliRun.Start([.. cosim, "--out", whole]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(Directory.Exists(whole + ".partial"));
        // NPY 1.0: the preamble and header dict padded to 128 bytes, then 6 samples × 10 outputs of 8 bytes.
        Assert.Equal(128 + (6 * 10 * 8), new FileInfo(Path.Combine(whole, "outputs", "wired.npy")).Length);
        var shards = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            shards.Add(scratch.Combine($"shard-{i}"));
            var shard = CliRun.Start([.. cosim, "--shard", $"{i}/2", "--out", shards[^1]]);
            Assert.True(shard.ExitCode == 0, shard.ToString());
            Assert.Contains($"Shard {i}/2 of the run: 3 sample(s)", shard.Output, StringComparison.Ordinal);
        }

        var alone = CliRun.Start(["cosim-merge", "--out", scratch.Combine("refused"), shards[1]]);
        Assert.Equal(1, alone.ExitCode);
        Assert.Contains("missing shard(s) 0/2 of 2: sample(s) 0, 2, 4", alone.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("refused")));

        var merged = scratch.Combine("merged");
        var merge = CliRun.Start(["cosim-merge", "--out", merged, shards[1], shards[0]]);

        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Contains("Error budget over 6 sample(s)", merge.Output, StringComparison.Ordinal);
        // provenance.json records each run's own command line, so it is the one file not compared (issue 23).
        var files = Directory.EnumerateFiles(whole, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(whole, f)).Where(f => f != Provenance.FileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(merged, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(merged, f)).Where(f => f != Provenance.FileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(whole, Provenance.FileName)) && File.Exists(Path.Combine(merged, Provenance.FileName)));
        Assert.Contains(Path.Combine("outputs", "ideal.npy"), files);
        Assert.Contains("deltas_mapped-wired_outputs.svg", files);
        Assert.Contains("report.html", files);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(whole, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(merged, file))), $"{file} differs");
        }
    }
}
