using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Faults;

/// <summary>
/// A design folder edited after compile-weights wrote it: every verb that opens it exits 1 with one <c>Error:</c> line
/// naming the edited file (the tile a spice level would have used silently while wired used the plan), and writes nothing.
/// </summary>
public sealed class EditedDesignTests
{
    [Theory]
    [InlineData("cosim")]
    [InlineData("sweep")]
    [InlineData("report")]
    public void Verb_TileEditedAfterCompiling_ExitsOneNamingTheTile(string verb)
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("tiny-mlp");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/tiny-mlp/architecture.json", "--weights", "netlists/examples/tiny-mlp/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var tile = Path.Combine(design, "fc1", "tile-r0-c0.sub");
        File.WriteAllText(tile, File.ReadAllText(tile).Replace(" 2\n", " 0.2\n", StringComparison.Ordinal));
        var output = scratch.Combine("out");

        var run = CliRun.Start(verb switch
        {
            "cosim" => ["cosim", "--design", design, "--samples", "2", "--levels", "ideal,wired", "--out", output],
            "sweep" => ["sweep", "--design", design, "--samples", "2", "--vary", "levels=10", "--out", output],
            _ => ["report", "area", "--design", design, "--out", output],
        });

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.Errors.Split('\n'), line => line.StartsWith("Error: ", StringComparison.Ordinal));
        Assert.StartsWith($"Error: {tile}: edited after compiling", error, StringComparison.Ordinal);
        Assert.Contains("recompile the design", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), $"{verb} wrote into {output}");
    }
}
