using System.Text.Json.Nodes;
using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary><c>compile-weights --read-scheme bit-serial</c> end to end on seed 000's 1S1M card: the design records the
/// scheme, mapped and wired agree, the circuit levels refuse it, and bad values name their flag or field.</summary>
public sealed class ReadSchemeCommandTests
{
    private static CliRun Compile(string output, params string[] extra) => CompileExample("mlp-784-64-10", output, extra);

    private static CliRun CompileExample(string example, string output, params string[] extra) =>
        CliRun.Start([
            "compile-weights", "--arch", $"netlists/examples/{example}/architecture.json", "--weights", $"netlists/examples/{example}/weights.npz",
            "--device", "device-cards/ag-au-mose2-se.json", "--rwire", "0", "--readout", "currents", "--out", output, .. extra]);

    [Fact]
    public void Cosim_BitSerialOnAgAu1S1M_MappedAndWiredAgreeAndCharacterisedIsRefused()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("design");
        var compile = Compile(design, "--read-scheme", "bit-serial", "--read-bits", "6");
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var options = JsonNode.Parse(File.ReadAllText(Path.Combine(design, "manifest.json")))!["options"]!;
        Assert.Equal("bit-serial", (string?)options["readScheme"]);
        Assert.Equal(6, (int?)options["readInputBits"]);
        Assert.Equal(4.0, (double?)options["readFullScaleUnits"]);
        Assert.Equal(0.5, (double?)options["readVolts"]); // the card's read voltage

        var run = CliRun.Start(["cosim", "--design", design, "--samples", "3", "--levels", "mapped,wired", "--out", scratch.Combine("r")]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var predictions = File.ReadAllLines(Path.Combine(scratch.Combine("r"), "predictions.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(3, predictions.Count);
        Assert.All(predictions, p => Assert.Equal(p[2], p[3]));

        var refused = CliRun.Start(["cosim", "--design", design, "--samples", "1", "--levels", "characterised", "--out", scratch.Combine("c")]);
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("Error: ", refused.Errors, StringComparison.Ordinal);
        Assert.Contains("options.readScheme", refused.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("c")));
    }

    public static TheoryData<string[], string> BadOptions() => new()
    {
        { ["--read-scheme", "serial"], "--read-scheme" },
        { ["--read-scheme", "bit-serial", "--read-bits", "0"], "--read-bits" },
        { ["--read-scheme", "bit-serial", "--read-bits", "17"], "--read-bits" },
        { ["--read-scheme", "bit-serial", "--read-full-scale", "0"], "--read-full-scale" },
        { ["--read-scheme", "bit-serial", "--read-volts=-0.5"], "--read-volts" },
        { ["--read-bits", "4"], "--read-bits" },
        { ["--read-scheme", "bit-serial", "--compensate", "ir-drop"], "--compensate" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void CompileWeights_BadReadOption_ExitsOneNamingTheFlagAndWritesNothing(string[] options, string flag)
    {
        using var scratch = new ScratchDirectory();

        var run = CompileExample("tiny-mlp", scratch.Combine("design"), options);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("Error: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains(flag, run.Errors, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(scratch.Path));
    }

    [Theory]
    [InlineData("readInputBits", "0", "options.readInputBits")]
    [InlineData("readFullScaleUnits", "-1", "options.readFullScaleUnits")]
    [InlineData("readScheme", "\"serial\"", "options.readScheme")]
    public void Cosim_ManifestWithBadReadField_ExitsOneNamingTheField(string field, string value, string expected)
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("design");
        Assert.True(CompileExample("tiny-mlp", design, "--read-scheme", "bit-serial").ExitCode == 0);
        var path = Path.Combine(design, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!;
        manifest["options"]![field] = JsonNode.Parse(value);
        File.WriteAllText(path, manifest.ToJsonString());

        var run = CliRun.Start(["cosim", "--design", design, "--samples", "1", "--levels", "mapped", "--out", scratch.Combine("r")]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("Error: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains(expected, run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("r")));
    }
}
