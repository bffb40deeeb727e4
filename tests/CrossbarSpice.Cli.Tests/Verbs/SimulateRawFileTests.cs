using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary><c>crossbar simulate</c> writes an ngspice raw file beside the CSV that the plain ngspice binary loads.</summary>
public sealed class SimulateRawFileTests
{
    [Fact]
    public void Simulate_RcStepTransient_RawFileLoadsInPlainNgspiceWithTheCsvValues()
    {
        using var scratch = new ScratchDirectory();
        var output = scratch.Combine("rc");
        var run = CliRun.Start("simulate", "netlists/examples/rc-step.cir", "--out", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        var deck = scratch.Combine("load.cir");
        File.WriteAllText(deck, $"load check\n.control\nload {Path.Combine(output, "tran.raw")}\nprint length(time) v(out)[100] v(out)[400]\n.endc\n.end\n");

        var start = new ProcessStartInfo("ngspice") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-b");
        start.ArgumentList.Add(deck);
        using var process = Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "ngspice did not finish");

        var csv = File.ReadAllLines(Path.Combine(output, "tran.csv"));
        Assert.Equal(csv.Length - 1, Printed(printed, "length(time)"), 0);
        foreach (var point in new[] { 100, 400 })
        {
            var expected = double.Parse(csv[point + 1].Split(',')[2], CultureInfo.InvariantCulture); // time, v(in), v(out), i(v1)
            Assert.Equal(expected, Printed(printed, $"v(out)[{point}]"), 6); // ngspice prints 7 significant digits
        }
    }

    private static double Printed(string text, string name)
    {
        var match = Regex.Match(text, Regex.Escape(name) + @" = (\S+)");
        Assert.True(match.Success, $"ngspice printed no {name}:\n{text}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
