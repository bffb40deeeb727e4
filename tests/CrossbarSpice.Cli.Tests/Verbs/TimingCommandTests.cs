using System.Globalization;
using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>End-to-end runs of <c>crossbar timing</c> on netlists/examples/tiny-mlp (two dense stages, one lane each).</summary>
public sealed class TimingCommandTests
{
    [Fact]
    public void Timing_TinyMlp_WritesStagesSummaryAndPlot_BadBandIsRefused()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("tiny");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/tiny-mlp/architecture.json", "--weights", "netlists/examples/tiny-mlp/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--cell", "passive", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var data = scratch.Combine("x.csv");
        File.WriteAllText(data, "1," + string.Join(',', Enumerable.Range(0, 12).Select(i => (0.5 + (0.4 * Math.Sin(1.7 * i))).ToString("R", CultureInfo.InvariantCulture))) + "\n");

        var first = CliRun.Start(["timing", "--design", design, "--data", data, "--samples", "1", "--out", scratch.Combine("a")]);

        Assert.True(first.ExitCode == 0, first.ToString());
        var rows = File.ReadAllLines(scratch.Combine("a", "timing.csv"));
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("stage,layer,kind,lanes_per_inference,reads_per_inference,settle_ns,", rows[0], StringComparison.Ordinal);
        var header = rows[0].Split(',');
        var cells = rows.Skip(1).Select(r => r.Split(',')).ToList();
        double Field(string[] row, string name) => double.Parse(row[Array.IndexOf(header, name)], CultureInfo.InvariantCulture);
        Assert.Equal(["fc1+fc1.relu", "fc2"], cells.Select(c => c[0]));
        Assert.All(cells, c => Assert.Equal("yes", c[Array.IndexOf(header, "settled")]));
        // Op-amp readouts settle in tens of ns to µs, not instantly; the final values are the DC spice level's.
        Assert.All(cells, c => Assert.InRange(Field(c, "settle_ns"), 1, 50_000));
        Assert.All(cells, c => Assert.True(Field(c, "dc_delta_mV") <= 1, string.Join(',', c)));
        var summary = File.ReadAllLines(scratch.Combine("a", "timing-summary.csv"));
        var latency = double.Parse(summary.Single(l => l.StartsWith("latency_per_inference,", StringComparison.Ordinal)).Split(',')[1], CultureInfo.InvariantCulture);
        Assert.Equal(cells.Sum(c => Field(c, "latency_ns")), latency, latency * 1e-5);
        Assert.True(new FileInfo(scratch.Combine("a", "timing.png")).Length > 1000);
        Assert.Contains("software reference (float64 forward pass, this machine, measured)", first.Output, StringComparison.Ordinal);
        var bad = CliRun.Start(["timing", "--design", design, "--data", data, "--band-mv", "0", "--out", scratch.Combine("bad")]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--band-mv", bad.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("bad")));
    }
}
