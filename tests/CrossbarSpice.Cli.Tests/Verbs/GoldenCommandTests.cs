using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary><c>crossbar golden check|update</c> through the real command line, on golden/cosim.</summary>
public sealed class GoldenCommandTests
{
    [Fact]
    public void Check_RecordedCases_Pass()
    {
        // Four cases at every level (about 5 CPU-minutes, bcu and sequencer at spice): on a loaded 2-core machine this
        // took over 5 minutes, so the hang guard is 30.
        var run = CliRun.StartWithin(TimeSpan.FromMinutes(30), ["golden", "check"]);

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.Contains("golden bcu-small: pass", run.Output, StringComparison.Ordinal);
        Assert.Contains("golden sequencer: pass", run.Output, StringComparison.Ordinal);
        Assert.Contains("golden bcu: pass", run.Output, StringComparison.Ordinal);
        Assert.Contains("golden mlp: pass", run.Output, StringComparison.Ordinal);
        Assert.Contains("characterised <-> spice", run.Output, StringComparison.Ordinal);
        Assert.Contains("guarded", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT GUARDED", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SpiceToleranceAboveItsGapToCharacterised_ExitsOneBeforeSimulating()
    {
        using var scratch = new ScratchDirectory();
        var folder = Directory.CreateDirectory(scratch.Combine("cases", "bcu-small")).FullName;
        var recorded = Path.Combine(CliRun.RepositoryRoot, "golden", "cosim", "bcu-small");
        var golden = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(recorded, "case.json")))!;
        golden["toleranceVolts"]!["spice"] = 1e-5;
        File.WriteAllText(Path.Combine(folder, "case.json"), golden.ToJsonString());
        File.Copy(Path.Combine(recorded, "outputs.csv"), Path.Combine(folder, "outputs.csv"));

        var run = CliRun.Start(["golden", "check", "--root", scratch.Combine("cases")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("field 'toleranceVolts'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("characterised <-> spice", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("compiling", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneRecordedOutputChanged_ExitsTwoNamingTheOutput()
    {
        using var scratch = new ScratchDirectory();
        var folder = Directory.CreateDirectory(scratch.Combine("cases", "bcu-small")).FullName;
        File.Copy(Path.Combine(CliRun.RepositoryRoot, "golden", "cosim", "bcu-small", "case.json"), Path.Combine(folder, "case.json"));
        var lines = File.ReadAllLines(Path.Combine(CliRun.RepositoryRoot, "golden", "cosim", "bcu-small", "outputs.csv"));
        var row = Array.FindIndex(lines, l => l.StartsWith("mapped,1,3,", StringComparison.Ordinal));
        var cells = lines[row].Split(',');
        cells[3] = (double.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture) + 1e-3).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        lines[row] = string.Join(',', cells);
        File.WriteAllLines(Path.Combine(folder, "outputs.csv"), lines);

        var run = CliRun.Start(["golden", "check", "--root", scratch.Combine("cases"), "--case", "bcu-small"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("golden bcu-small: FAIL", run.Output, StringComparison.Ordinal);
        Assert.Contains("mapped sample 1 output 3:", run.Output, StringComparison.Ordinal);
        Assert.Contains("golden update", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownCase_ExitsOneNamingIt()
    {
        var run = CliRun.Start(["golden", "check", "--case", "no-such-case"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-case", run.Errors, StringComparison.Ordinal);
    }
}
