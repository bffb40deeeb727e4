using System.Diagnostics;
using System.Globalization;
using CrossbarSpice.Cli.Tests.Support;
using CrossbarSpice.Cosim.Export;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>
/// <c>crossbar export-decks</c> on the small BCU: the exported decks, moved away from the design and run by the plain
/// Debian <c>ngspice</c> binary through the export's own run-all.sh, give the output voltages of cosim's spice level.
/// </summary>
public sealed class ExportDecksCommandTests
{
    [Fact]
    public void ExportDecks_BcuSmallTwoSamples_PlainNgspiceGivesTheCosimSpiceOutputsTo1e9Volts()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("bcu-small");
        var compile = CliRun.Start(["compile-weights", "--arch", "netlists/examples/bcu-small/architecture.json", "--weights", "netlists/examples/bcu-small/weights.npz",
            "--device", "device-cards/ti-alox-taox-pt.json", "--cell", "passive", "--output-volts", "0.2", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var exported = scratch.Combine("export");
        var export = CliRun.Start(["export-decks", "--design", design, "--samples", "0,1", "--out", exported]);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.True(File.Exists(Path.Combine(exported, Provenance.FileName)));
        var cosim = CliRun.Start(["cosim", "--design", design, "--samples", "2", "--levels", "spice", "--save-outputs", "--out", scratch.Combine("cosim")]);
        Assert.True(cosim.ExitCode == 0, cosim.ToString());

        // Moved: the folder must carry everything its decks include (relative paths only).
        var moved = scratch.Combine("elsewhere", "decks");
        Directory.CreateDirectory(Path.GetDirectoryName(moved)!);
        Directory.Move(exported, moved);
        Directory.Delete(design, recursive: true);
        var index = File.ReadAllLines(Path.Combine(moved, DeckExport.IndexFile)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["conv1+conv1.abs", "pool1", "fc1+fc1.boundedLinearTanh", "conv1+conv1.abs", "pool1", "fc1+fc1.boundedLinearTanh"], index.Select(r => r[4]));
        foreach (var row in index)
        {
            var text = File.ReadAllText(Path.Combine(moved, row[0]));
            Assert.DoesNotContain(".include \"/", text, StringComparison.Ordinal);
            Assert.Contains(".control", text, StringComparison.Ordinal);
        }

        var (exit, output) = RunScript(Path.Combine(moved, DeckExport.ScriptFile));

        Assert.True(exit == 0, output);
        Assert.Contains("6 deck(s), 1192 output value(s)", output, StringComparison.Ordinal);
        Assert.Contains("; 0 failed (tolerance 1e-9 V)", output, StringComparison.Ordinal);
        // The last stage's outputs (z: the bounded-linear tanh behind fc1's readouts) as plain ngspice wrote them are
        // cosim's spice-level outputs × 0.2 V per unit (outputs/spice.npy: 2 samples × 10 float64 after a 128-byte header).
        var npy = File.ReadAllBytes(scratch.Combine("cosim", "outputs", "spice.npy"));
        for (var sample = 0; sample < 2; sample++)
        {
            var data = File.ReadAllLines(Path.Combine(moved, "fc1", $"deck.sample{sample}.dat"));
            var header = data[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var values = data[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            for (var j = 0; j < 10; j++)
            {
                var volts = values[Array.IndexOf(header, $"v(z{j})")];
                var units = BitConverter.ToDouble(npy, 128 + (8 * ((sample * 10) + j)));
                Assert.True(Math.Abs(volts - (units * 0.2)) <= 1e-9, $"sample {sample} z{j}: ngspice {volts} V, cosim {units * 0.2} V");
            }
        }
    }

    [Fact]
    public void ExportDecks_SampleListWithRepeat_ExitsOneNamingSamplesAndLeavesNothing()
    {
        using var scratch = new ScratchDirectory();
        var output = scratch.Combine("never");

        var run = CliRun.Start(["export-decks", "--design", "netlists/examples/tiny-mlp", "--samples", "1,1", "--out", output]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Error:", run.Errors, StringComparison.Ordinal);
        Assert.Contains("--samples", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private static (int Exit, string Output) RunScript(string script)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("run-all.sh did not finish in 10 minutes");
        }

        return (process.ExitCode, output.Result + errors.Result);
    }
}
