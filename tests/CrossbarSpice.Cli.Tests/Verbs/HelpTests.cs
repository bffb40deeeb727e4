using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>Help and command-line errors.</summary>
public sealed class HelpTests
{
    [Fact]
    public void Help_NoVerb_ListsVerbsAndExitsZero()
    {
        var run = CliRun.Start("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("simulate", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_SimulateVerb_ExplainsEveryOption()
    {
        var run = CliRun.Start("simulate", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var option in new[] { "--analysis", "--dc", "--tran", "--out", "--timeout" })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_UnknownVerb_ExitsOneWithErrorLine()
    {
        var run = CliRun.Start("simulat");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Error: unknown verb 'simulat'", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownOption_ExitsOneNamingIt()
    {
        var run = CliRun.Start("simulate", "netlists/examples/rc-step.cir", "--bogus", "1");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("bogus", run.Errors, StringComparison.Ordinal);
    }
}
