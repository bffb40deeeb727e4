using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary><c>compile-weights --compensate ir-drop</c> and <c>--tile auto --max-wire-error</c> end to end.</summary>
public sealed class CompileWeightsIrDropTests
{
    private static CliRun Compile(string output, params string[] extra) =>
        CliRun.Start([
            "compile-weights", "--arch", "netlists/examples/tiny-mlp/architecture.json", "--weights", "netlists/examples/tiny-mlp/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--cell", "passive", "--out", output, .. extra]);

    [Fact]
    public void CompileWeights_CompensatedOnAutoTiles_WritesTheReportAndThePlanRecordsTheChoice()
    {
        using var scratch = new ScratchDirectory();
        var output = scratch.Combine("design");

        var run = Compile(output, "--rwire", "2", "--compensate", "ir-drop", "--tile", "auto", "--max-wire-error", "0.001");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("IR-drop compensated", run.Output, StringComparison.Ordinal);
        var csv = File.ReadAllLines(Path.Combine(output, "compensation.csv"));
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("layer,tile_rows,tile_columns,tiles,compensated,", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("fc1,", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("fc2,", csv[2], StringComparison.Ordinal);
        Assert.EndsWith(",true", csv[1], StringComparison.Ordinal);
        var plan = File.ReadAllText(Path.Combine(output, "plan", "plan.json"));
        Assert.Contains("\"tileChoice\"", plan, StringComparison.Ordinal);
        Assert.Contains("\"compensation\"", plan, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "plan", "fc1", "tile-r0-c0-target.csv")));
    }

    public static TheoryData<string[], string> BadOptions() => new()
    {
        { ["--tile", "auto"], "--max-wire-error" },
        { ["--tile", "auto", "--max-wire-error", "-0.5"], "--max-wire-error" },
        { ["--tile", "auto", "--max-wire-error", "0"], "--max-wire-error" },
        { ["--max-wire-error", "0.01"], "--max-wire-error" },
        { ["--compensate", "ir"], "--compensate" },
        { ["--tile", "autox"], "--tile" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void CompileWeights_BadIrDropOption_ExitsOneNamingTheFlagAndWritesNothing(string[] options, string flag)
    {
        using var scratch = new ScratchDirectory();

        var run = Compile(scratch.Combine("design"), options);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("Error: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains(flag, run.Errors, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(scratch.Path));
    }
}
