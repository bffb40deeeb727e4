using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using CrossbarSpice.Cli.Tests.Support;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>
/// provenance.json in the folders verbs write (issue 23), and the errors a missing native library gives (an installed
/// tool package has no setup script): simulated with the variables that name the libraries, without uninstalling.
/// </summary>
public sealed class ProvenanceTests
{
    private const string Card = "device-cards/ti-alox-taox-pt.json";

    [Fact]
    public void CompileWeights_TinyMlp_RecordsVersionNgspiceCommandLineHashesSeedAndMachine()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("tiny");

        var run = CliRun.Start("compile-weights", "--arch", "netlists/examples/tiny-mlp/architecture.json", "--weights", "netlists/examples/tiny-mlp/weights.npz",
            "--device", Card, "--seed", "7", "--out", design);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(design, Provenance.FileName)));
        var root = json.RootElement;
        Assert.Equal("CrossbarSpice", root.GetProperty("tool").GetString());
        Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+", root.GetProperty("version").GetString());
        // Built from this git checkout: the SDK's SourceRevisionId is the commit (40 hex digits).
        Assert.Matches("^[0-9a-f]{40}$", root.GetProperty("commit").GetString());
        Assert.Matches("^ngspice-[0-9]+", root.GetProperty("ngspice").GetString());
        Assert.Equal(["crossbar", "compile-weights", "--arch"], root.GetProperty("commandLine").EnumerateArray().Take(3).Select(e => e.GetString()));
        var inputs = root.GetProperty("inputs").EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("sha256").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(CliRun.RepositoryRoot, Card)))), inputs[Card]);
        Assert.Equal(4, inputs.Count); // architecture, weights, device card and the default process card
        Assert.Contains(inputs.Keys, k => k.EndsWith("device-cards/cmos-180nm.json", StringComparison.Ordinal));
        Assert.Equal(7, root.GetProperty("seeds").GetProperty("seed").GetInt64());
        Assert.Equal(Environment.ProcessorCount, root.GetProperty("machine").GetProperty("cores").GetInt32());
        // Not one of the design's files: the manifest's list (and so the design's hash) never depends on it.
        Assert.DoesNotContain(Provenance.FileName, File.ReadAllText(Path.Combine(design, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_NgspiceLibraryMissing_ExitsOneNamingTheDebianPackage()
    {
        using var scratch = new ScratchDirectory();

        var (exit, errors) = Run(("CROSSBARSPICE_NGSPICE", scratch.Combine("absent", "libngspice.so.0")), "simulate", "netlists/examples/rc-step.cir", "--out", scratch.Combine("out"));

        Assert.Equal(1, exit);
        Assert.Contains("Error: libngspice.so.0 not found", errors, StringComparison.Ordinal);
        Assert.Contains("libngspice0", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }

    [Fact]
    public void Cosim_KluLibraryMissing_ExitsOneNamingTheDebianPackage()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("bcu-small");
        Assert.Equal(0, CliRun.Start("compile-weights", "--arch", "netlists/examples/bcu-small/architecture.json", "--weights", "netlists/examples/bcu-small/weights.npz",
            "--device", Card, "--cell", "passive", "--out", design).ExitCode);

        var (exit, errors) = Run(("CROSSBARSPICE_KLU", scratch.Combine("absent", "libklu.so.1")), "cosim", "--design", design, "--samples", "2", "--levels", "wired", "--out", scratch.Combine("run"));

        Assert.Equal(1, exit);
        Assert.Contains("Error: cannot load the KLU sparse solver", errors, StringComparison.Ordinal);
        Assert.Contains("libklu1", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("run")));
    }

    /// <summary>The built CLI from the repository root with one environment variable set; exit code and stderr.</summary>
    private static (int Exit, string Errors) Run((string Name, string Value) variable, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = CliRun.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment[variable.Name] = variable.Value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crossbar.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"crossbar {string.Join(' ', arguments)} did not finish in 5 minutes");
        }

        _ = output.Result;
        return (process.ExitCode, errors.Result);
    }
}
