using CrossbarSpice.Cosim.Runs;
using System.IO.Compression;
using CrossbarSpice.Cli.Tests.Support;

namespace CrossbarSpice.Cli.Tests.Verbs;

/// <summary>End-to-end runs of <c>crossbar compile-weights</c>.</summary>
public sealed class CompileWeightsCommandTests
{
    private const string Architecture = "netlists/examples/tiny-mlp/architecture.json";
    private const string Weights = "netlists/examples/tiny-mlp/weights.npz";
    private const string Card = "device-cards/ti-alox-taox-pt.json";

    private static CliRun Compile(string output, params string[] extra) =>
        CliRun.Start(["compile-weights", "--arch", Architecture, "--weights", Weights, "--device", Card, "--out", output, .. extra]);

    [Fact]
    public void CompileWeights_TinyMlpOnSmallTiles_MatchesGoldenDesignByteForByte()
    {
        using var scratch = new ScratchDirectory();
        var output = scratch.Combine("tiny-mlp");

        var run = Compile(output, "--tile", "8x8", "--cell", "passive", "--programming-error", "0.05", "--stuck-hrs", "0.05", "--seed", "7");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("re-read and validated", run.Output, StringComparison.Ordinal);
        GoldenFile.AssertDirectoryIdentical("compile-weights/tiny-mlp", output);
    }

    [Fact]
    public void CompileWeights_Twice_GivesByteIdenticalFolders()
    {
        using var scratch = new ScratchDirectory();

        // Same folder name (the design name) under two parents.
        var first = Compile(scratch.Combine("a", "design"), "--tile", "8x8", "--card-nonidealities");
        var second = Compile(scratch.Combine("b", "design"), "--tile", "8x8", "--card-nonidealities");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        var a = scratch.Combine("a", "design");
        var files = Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Where(f => f != Provenance.FileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(File.Exists(Path.Combine(a, Provenance.FileName)));
        Assert.True(files.Count > 5, string.Join(", ", files));
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(scratch.Combine("b", "design", file)));
        }
    }

    public static TheoryData<string, string, string> BrokenInputs() => new()
    {
        { "wrong shape", "fc1.weight", "shape" },
        { "NaN", "fc1.weight", "NaN" },
        { "missing tensor", "fc2.bias", "fc2.bias" },
    };

    [Theory]
    [MemberData(nameof(BrokenInputs))]
    public void CompileWeights_BrokenWeights_ExitsOneNamingTensorAndWritesNothing(string defect, string tensor, string expected)
    {
        using var scratch = new ScratchDirectory();
        var weights = scratch.Combine("weights.npz");
        WriteBrokenWeights(weights, defect);
        var output = scratch.Combine("out");

        var run = CliRun.Start("compile-weights", "--arch", Architecture, "--weights", weights, "--device", Card, "--out", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("Error: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains(tensor, run.Errors, StringComparison.Ordinal);
        Assert.Contains(expected, run.Errors, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([weights], Directory.GetFileSystemEntries(scratch.Path));
    }

    [Fact]
    public void CompileWeights_TruncatedNpz_ExitsOneNamingTheFile()
    {
        using var scratch = new ScratchDirectory();
        var weights = scratch.Combine("truncated.npz");
        var bytes = File.ReadAllBytes(Path.Combine(CliRun.RepositoryRoot, Weights));
        File.WriteAllBytes(weights, bytes[..(bytes.Length / 2)]);

        var run = CliRun.Start("compile-weights", "--arch", Architecture, "--weights", weights, "--device", Card, "--out", scratch.Combine("out"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("truncated.npz", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }

    [Fact]
    public void CompileWeights_UnknownLayerType_ExitsOneNamingTheField()
    {
        using var scratch = new ScratchDirectory();
        var architecture = scratch.Combine("arch.json");
        File.WriteAllText(architecture, File.ReadAllText(Path.Combine(CliRun.RepositoryRoot, Architecture)).Replace("\"type\": \"dense\"", "\"type\": \"densse\"", StringComparison.Ordinal));

        var run = CliRun.Start("compile-weights", "--arch", architecture, "--weights", Weights, "--device", Card, "--out", scratch.Combine("out"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("arch.json", run.Errors, StringComparison.Ordinal);
        Assert.Contains("densse", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }

    [Fact]
    public void CompileWeights_BadCsvCell_ExitsOneNamingLineAndColumn()
    {
        using var scratch = new ScratchDirectory();
        File.WriteAllText(scratch.Combine("fc1.weight.csv"), string.Join("\n", Enumerable.Range(0, 6).Select(r => string.Join(",", Enumerable.Range(0, 12).Select(c => r == 2 && c == 4 ? "x1" : "0.5")))) + "\n");
        var architecture = scratch.Combine("arch.json");
        File.WriteAllText(architecture, """
            { "format": "crossbarspice-architecture/1", "name": "csv", "input": { "shape": [12] },
              "layers": [ { "name": "fc1", "type": "dense", "inFeatures": 12, "outFeatures": 6, "weight": "fc1.weight.csv" } ] }
            """);

        var run = CliRun.Start("compile-weights", "--arch", architecture, "--device", Card, "--out", scratch.Combine("out"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("fc1.weight.csv:3:5", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }

    [Fact]
    public void CompileWeights_BadTileOption_ExitsOneNamingIt()
    {
        using var scratch = new ScratchDirectory();

        var run = Compile(scratch.Combine("out"), "--tile", "128x127");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("--tile", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void CompileWeights_ProgrammingErrorOutOfRange_ExitsOneNamingTheOption()
    {
        using var scratch = new ScratchDirectory();

        var run = Compile(scratch.Combine("out"), "--programming-error", "2");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("--programming-error", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }

    private static void WriteBrokenWeights(string path, string defect)
    {
        // Rebuild the bundled npz entry by entry, breaking one tensor.
        using var source = ZipFile.OpenRead(Path.Combine(CliRun.RepositoryRoot, Weights));
        using var target = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            using var input = entry.Open();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            var bytes = buffer.ToArray();
            if (defect == "missing tensor" && entry.Name == "fc2.bias.npy")
            {
                continue;
            }

            if (entry.Name == "fc1.weight.npy")
            {
                bytes = defect switch
                {
                    "wrong shape" => ReplaceAscii(bytes, "(6, 12)", "(12, 6)"),
                    "NaN" => SetFirstFloatNaN(bytes),
                    _ => bytes,
                };
            }

            using var output = target.CreateEntry(entry.Name, CompressionLevel.NoCompression).Open();
            output.Write(bytes);
        }
    }

    private static byte[] ReplaceAscii(byte[] bytes, string from, string to)
    {
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Contains(from, text, StringComparison.Ordinal);
        return System.Text.Encoding.Latin1.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
    }

    private static byte[] SetFirstFloatNaN(byte[] bytes)
    {
        // .npy v1: 10-byte preamble with the header length at bytes 8–9; data follows the header.
        var dataStart = 10 + BitConverter.ToUInt16(bytes, 8);
        BitConverter.GetBytes(float.NaN).CopyTo(bytes, dataStart);
        return bytes;
    }
}
