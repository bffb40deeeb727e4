using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary><c>compile-weights --cwire</c>: wire capacitance in the tile libraries, nothing else changed.</summary>
public sealed class CompileWeightsWireCapacitanceTests
{
    private static CliRun Compile(string output, params string[] extra) =>
        CliRun.Start(["compile-weights", "--arch", "netlists/examples/tiny-mlp/architecture.json", "--weights", "netlists/examples/tiny-mlp/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--tile", "8x8", "--cell", "passive", "--out", output, .. extra]);

    [Fact]
    public void CompileWeights_WithCwire_WritesOneCapacitorPerSegmentAndRecordsIt()
    {
        using var scratch = new ScratchDirectory();
        var plain = scratch.Combine("a", "design");
        var capacitive = scratch.Combine("b", "design");

        var first = Compile(plain);
        var second = Compile(capacitive, "--cwire", "6.93e-16");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var library = File.ReadAllLines(Path.Combine(capacitive, "fc1", "tile-r0-c0.sub"));
        var capacitors = library.Where(line => line.StartsWith("Cr", StringComparison.Ordinal) || line.StartsWith("Cc", StringComparison.Ordinal)).ToList();
        var resistorsOfWires = library.Count(line => line.StartsWith("Rr", StringComparison.Ordinal) || line.StartsWith("Rc", StringComparison.Ordinal));
        Assert.Equal(resistorsOfWires, capacitors.Count);
        Assert.All(capacitors, line => Assert.EndsWith(" 0 6.93E-16", line, StringComparison.Ordinal));
        Assert.Contains("\"segmentFarads\": 6.93E-16", File.ReadAllText(Path.Combine(capacitive, "manifest.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("segmentFarads", File.ReadAllText(Path.Combine(plain, "manifest.json")), StringComparison.Ordinal);

        // Everything but the capacitor lines is the plain design's.
        Assert.Equal(File.ReadAllLines(Path.Combine(plain, "fc1", "tile-r0-c0.sub")), library.Except(capacitors));
    }

    [Fact]
    public void CompileWeights_NegativeCwire_ExitsOneNamingIt()
    {
        using var scratch = new ScratchDirectory();

        var run = Compile(scratch.Combine("out"), "--cwire", "-1e-15");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("--cwire", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }
}
