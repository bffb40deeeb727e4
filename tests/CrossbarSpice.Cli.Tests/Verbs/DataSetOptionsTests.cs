using System.Globalization;
using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>
/// End-to-end: cosim on a data file of one's own (CSV with a class-name file) through a design compiled with an input
/// normalisation; bad data and options exit 1 naming the file, line or option and leave no output folder; defaults
/// that name shipped files work from any directory, and a copied design runs there.
/// </summary>
public sealed class DataSetOptionsTests
{
    private static readonly string[] TinyMlp =
    [
        "--arch", Path.Combine(CliRun.RepositoryRoot, "netlists/examples/tiny-mlp/architecture.json"),
        "--weights", Path.Combine(CliRun.RepositoryRoot, "netlists/examples/tiny-mlp/weights.npz"),
        "--device", Path.Combine(CliRun.RepositoryRoot, "device-cards/ti-alox-taox-pt.json"),
        "--rwire", "0",
    ];

    /// <summary>Four tiny-mlp samples (12 features in [0, 1]) with labels, header first.</summary>
    private static string Csv(int samples = 4) =>
        "label," + string.Join(",", Enumerable.Range(0, 12).Select(i => $"f{i}")) + "\n" + string.Concat(Enumerable.Range(0, samples).Select(s =>
            (s % 3).ToString(CultureInfo.InvariantCulture) + "," + string.Join(",", Enumerable.Range(0, 12).Select(i => (((s * 5) + (i * 7)) % 11 / 10.0).ToString(CultureInfo.InvariantCulture))) + "\n"));

    [Fact]
    public void Cosim_CsvDataWithClassNamesOnANormalisedDesign_WritesNamedPredictions()
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("tiny");
        var compile = CliRun.Start(["compile-weights", .. TinyMlp, "--input-mean=0.5", "--input-std", "0.25", "--out", design]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        Assert.Contains("mean 0.5, std 0.25", compile.Output, StringComparison.Ordinal);
        File.WriteAllText(scratch.Combine("data.csv"), Csv());
        File.WriteAllText(scratch.Combine("names.txt"), "low\nmid\nhigh\n");

        var run = CliRun.Start(["cosim", "--design", design, "--data", scratch.Combine("data.csv"), "--classes", scratch.Combine("names.txt"), "--samples", "4", "--levels", "ideal,mapped,wired", "--out", scratch.Combine("run")]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Error budget over 4 sample(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("beyond the DAC range", run.Errors, StringComparison.Ordinal);
        var predictions = File.ReadAllLines(scratch.Combine("run", "predictions.csv"));
        Assert.Equal(5, predictions.Length);
        Assert.EndsWith(",label_name,predicted_name_ideal,predicted_name_mapped,predicted_name_wired", predictions[0], StringComparison.Ordinal);
        Assert.StartsWith("1,1,", predictions[2], StringComparison.Ordinal);
        Assert.Contains(",mid,", predictions[2], StringComparison.Ordinal);
        Assert.True(File.Exists(scratch.Combine("run", "classes.csv")));
    }

    [Theory]
    [InlineData("more", "--samples", "9 samples asked for, but data.csv holds 4")]
    [InlineData("ragged", "data.csv:3", "row has 3 cells")]
    [InlineData("label", "field 'label'", "label 7 of sample 1 is outside 0–2")]
    [InlineData("split", "--split", "belongs to --data fashion-mnist")]
    public void Cosim_BadDataOrOptions_ExitsOneNamingItAndWritesNothing(string defect, string where, string problem)
    {
        using var scratch = new ScratchDirectory();
        var design = scratch.Combine("tiny");
        Assert.Equal(0, CliRun.Start(["compile-weights", .. TinyMlp, "--out", design]).ExitCode);
        var csv = defect switch
        {
            "ragged" => Csv().Replace("\n1,", "\n1,0.5,0.5\n1,", StringComparison.Ordinal),
            "label" => Csv().Replace("\n1,", "\n7,", StringComparison.Ordinal),
            _ => Csv(),
        };
        File.WriteAllText(scratch.Combine("data.csv"), csv);
        string[] extra = defect switch
        {
            "more" => ["--samples", "9"],
            "split" => ["--split", "train", "--samples", "2"],
            _ => ["--samples", "2"],
        };

        var run = CliRun.Start(["cosim", "--design", design, "--data", scratch.Combine("data.csv"), .. extra, "--levels", "ideal", "--out", scratch.Combine("run")]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("Error:", run.Errors, StringComparison.Ordinal);
        Assert.Contains(where, run.Errors, StringComparison.Ordinal);
        Assert.Contains(problem, run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("run")), "no output folder after an input error");
    }

    [Theory]
    [InlineData(new[] { "--input-mean=0.5" }, "--input-std")]
    [InlineData(new[] { "--input-mean", "0.1,0.2", "--input-std", "1" }, "12 channel(s)")]
    [InlineData(new[] { "--input-mean=0", "--input-std", "0" }, "--input-std")]
    [InlineData(new[] { "--input-mean=0", "--input-std", "1", "--driver", "inverter" }, "binary inputs")]
    public void CompileWeights_BadNormalisation_ExitsOneAndWritesNothing(string[] options, string expected)
    {
        using var scratch = new ScratchDirectory();

        var run = CliRun.Start(["compile-weights", .. TinyMlp, .. options, "--out", scratch.Combine("tiny")]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(expected, run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("tiny")));
    }

    [Fact]
    public void FromAnotherDirectory_DefaultProcessCardResolvesFromTheInstall_AndACopiedDesignRuns()
    {
        using var scratch = new ScratchDirectory();
        var compile = CliRun.StartIn(scratch.Path, ["compile-weights", .. TinyMlp, "--out", "tiny"]);
        Assert.True(compile.ExitCode == 0, compile.ToString());
        Assert.Contains($"\"path\": \"{Path.Combine(CliRun.RepositoryRoot, "device-cards", "cmos-180nm.json")}\"", File.ReadAllText(scratch.Combine("tiny", "manifest.json")), StringComparison.Ordinal);

        // Relocatable: the design copied elsewhere, run from there with paths relative to that directory.
        var elsewhere = Directory.CreateDirectory(scratch.Combine("elsewhere")).FullName;
        CopyDirectory(scratch.Combine("tiny"), Path.Combine(elsewhere, "copy"));
        Directory.Delete(scratch.Combine("tiny"), recursive: true);
        File.WriteAllText(Path.Combine(elsewhere, "data.csv"), Csv(2));
        var run = CliRun.StartIn(elsewhere, ["cosim", "--design", "copy", "--data", "data.csv", "--samples", "2", "--levels", "ideal,wired,characterised", "--out", "run"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(3, File.ReadAllLines(Path.Combine(elsewhere, "run", "predictions.csv")).Length);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
