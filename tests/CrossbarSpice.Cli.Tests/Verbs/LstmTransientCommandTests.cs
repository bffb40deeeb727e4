using System.Globalization;
using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>End-to-end runs of <c>crossbar lstm-transient</c> on the sequencer example's BiLSTM2D cells.</summary>
public sealed class LstmTransientCommandTests
{
    [Fact]
    public void LstmTransient_SequencerCell_WritesTableAndFollowsTheStepwiseSpiceLevel()
    {
        // One cell (I = 24, H = 6, rows at 0.1 V/unit, so h_{t−1} rows are driven by the ideal 0.1 V/V VCVS) over 4 steps at
        // the default 4 µs period: measured max |Δh| vs the step-by-step spice level 1.6 mV per unit (1 µs: 96 mV,
        // not settled); bound 5 mV per unit as in LstmTransientTests.
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("seq");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/sequencer/architecture.json", "--weights", "netlists/examples/sequencer/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--cell", "passive", "--rwire", "0", "--lstm-sigmoid", "general", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var random = new Random(3);
        var inputs = scratch.Combine("x.csv");
        File.WriteAllLines(inputs, Enumerable.Range(0, 4).Select(_ => string.Join(',', Enumerable.Range(0, 24).Select(_ => (((random.NextDouble() * 2) - 1) * 0.8).ToString("R", CultureInfo.InvariantCulture)))));
        var output = scratch.Combine("out");

        var run = CliRun.Start(["lstm-transient", "--design", design, "--inputs", inputs, "--cell", "block1.bilstm2d/vertical/forward", "--out", output]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = File.ReadAllLines(Path.Combine(output, "lstm-transient.csv"));
        Assert.Equal("step,unit,h_transient,c_transient,h_at_sample,h_stepwise_spice,c_stepwise_spice", rows[0]);
        Assert.Equal(1 + (4 * 6), rows.Length);
        foreach (var row in rows.Skip(1))
        {
            var v = row.Split(',').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            Assert.True(Math.Abs(v[2] - v[5]) <= 5e-3, $"h transient vs stepwise: {row}");
            Assert.True(Math.Abs(v[3] - v[6]) <= 5e-3 / 0.5, $"c transient vs stepwise (c at 0.5 V/unit): {row}");
        }

        Assert.True(new FileInfo(Path.Combine(output, "lstm-transient.png")).Length > 1000);
        Assert.Contains(".tran", File.ReadAllText(Path.Combine(output, "transient.cir")), StringComparison.Ordinal);
        Assert.Contains("max |Δh| transient vs step-by-step spice", run.Output, StringComparison.Ordinal);

        File.WriteAllText(inputs, "0.1,0.2\n");
        var bad = CliRun.Start(["lstm-transient", "--design", design, "--inputs", inputs, "--cell", "block1.bilstm2d/vertical/forward", "--out", scratch.Combine("bad")]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("expected 24 comma-separated values", bad.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("bad")));

        // The deck runs by itself (issue 23): moved away from the design, which is gone, under a plain ngspice -b.
        var moved = scratch.Combine("elsewhere");
        Directory.Move(output, moved);
        Directory.Delete(design, recursive: true);
        Assert.DoesNotContain(".include \"/", File.ReadAllText(Path.Combine(moved, "transient.cir")), StringComparison.Ordinal);
        var start = new System.Diagnostics.ProcessStartInfo("ngspice") { WorkingDirectory = moved, RedirectStandardOutput = true };
        start.ArgumentList.Add("-b");
        start.ArgumentList.Add("transient.cir");
        using (var ngspice = System.Diagnostics.Process.Start(start)!)
        {
            var printed = ngspice.StandardOutput.ReadToEnd();
            Assert.True(ngspice.WaitForExit(TimeSpan.FromMinutes(10)), "ngspice -b transient.cir did not finish");
            Assert.True(ngspice.ExitCode == 0, printed);
        }

        var waveforms = File.ReadAllLines(Path.Combine(moved, "transient.dat"));
        Assert.StartsWith(" time", waveforms[0], StringComparison.Ordinal);
        Assert.Contains("v(h0)", waveforms[0], StringComparison.Ordinal);
        Assert.True(waveforms.Length > 100, $"{waveforms.Length} lines of waveforms");
    }
}
