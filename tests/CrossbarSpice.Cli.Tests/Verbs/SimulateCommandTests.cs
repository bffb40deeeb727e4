using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>End-to-end runs of <c>crossbar simulate</c> as a user would type them.</summary>
public sealed class SimulateCommandTests
{
    [Fact]
    public void Simulate_DiodeMosfetExample_WritesOperatingPointCsvAndExitsZero()
    {
        using var scratch = new ScratchDirectory();
        var output = scratch.Combine("op");

        var run = CliRun.Start("simulate", "netlists/examples/diode-mosfet.cir", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = File.ReadAllLines(Path.Combine(output, "op.csv"));
        Assert.Equal("vector,value", lines[0]);
        Assert.Equal(["v(anode)", "v(drain)", "v(in)", "v(vdd)", "i(vdd)", "i(vin)"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Contains("v(drain)", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "ngspice.log")));
    }

    [Fact]
    public void Simulate_RcStepTransient_MatchesGoldenCsv()
    {
        using var scratch = new ScratchDirectory();
        var output = scratch.Combine("rc");

        var run = CliRun.Start("simulate", "netlists/examples/rc-step.cir", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        // Same binary, same netlist: only floating-point noise of the host may differ.
        GoldenFile.AssertCsvMatches("simulate/rc-step/tran.csv", Path.Combine(output, "tran.csv"), 1e-9, 1e-15);
    }

    [Fact]
    public void Simulate_SameNetlistTwice_WritesByteIdenticalCsv()
    {
        using var scratch = new ScratchDirectory();

        var first = CliRun.Start("simulate", "netlists/examples/rc-step.cir", "--out", scratch.Combine("a"));
        var second = CliRun.Start("simulate", "netlists/examples/rc-step.cir", "--out", scratch.Combine("b"));

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        Assert.Equal(File.ReadAllBytes(scratch.Combine("a", "tran.csv")), File.ReadAllBytes(scratch.Combine("b", "tran.csv")));
    }

    [Fact]
    public void Simulate_DcOption_SweepsTheNamedSourceAndWritesDcCsv()
    {
        using var scratch = new ScratchDirectory();
        var output = scratch.Combine("dc");

        var run = CliRun.Start("simulate", "netlists/examples/diode-mosfet.cir", "--dc", "VIN 0 1.8 100m", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = File.ReadAllLines(Path.Combine(output, "dc.csv"));
        Assert.StartsWith("vin,v(anode),v(drain)", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 19, lines.Length);
    }

    [Fact]
    public void Simulate_MalformedNetlist_ExitsOneNamingLineAndTokenAndWritesNothing()
    {
        using var scratch = new ScratchDirectory();
        var netlist = scratch.Combine("bad.cir");
        File.WriteAllText(netlist, "bad\nV1 in 0 DC 1\nR1 in 0 abc\n.op\n.end\n");
        var output = scratch.Combine("out");

        var run = CliRun.Start("simulate", netlist, "--out", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("Error: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains("bad.cir:3:", run.Errors, StringComparison.Ordinal);
        Assert.Contains("'abc'", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.GetDirectories(scratch.Path));
    }

    [Fact]
    public void Simulate_SingularCircuit_ExitsOneWithNgspiceReasonAndWritesNothing()
    {
        using var scratch = new ScratchDirectory();
        var netlist = scratch.Combine("loop.cir");
        File.WriteAllText(netlist, "loop\nV1 a 0 DC 1\nV2 a 0 DC 2\nR1 a 0 1k\n.op\n.end\n");
        var output = scratch.Combine("out");

        var run = CliRun.Start("simulate", netlist, "--out", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("loop.cir", run.Errors, StringComparison.Ordinal);
        Assert.Contains("singular", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Simulate_MissingFile_ExitsOneNamingIt()
    {
        var run = CliRun.Start("simulate", "netlists/examples/no-such-file.cir");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("no-such-file.cir", run.Errors, StringComparison.Ordinal);
        Assert.Contains("not found", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_BadTranOption_ExitsOneNamingTheOption()
    {
        var run = CliRun.Start("simulate", "netlists/examples/rc-step.cir", "--tran", "fast");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("--tran", run.Errors, StringComparison.Ordinal);
        Assert.Contains("'fast'", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simulate", "netlists/examples/resistor-ladder.cir")]
    [InlineData("characterize-device", "device-cards/hp-biolek.json")]
    public void Verb_OutUnderAFile_ExitsOneNamingThePath(string verb, string input)
    {
        var run = CliRun.Start(verb, input, "--out", "/dev/null/x");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("/dev/null/x: cannot create the output folder: '/dev/null' is a file, not a folder", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }
}
