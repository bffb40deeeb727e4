using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Runs;
using CrossbarSpice.Cosim.Sweeps;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Import.Weights;

namespace CrossbarSpice.Cosim.Tests.Runs;

/// <summary>
/// Sharded cosim runs and <see cref="CosimMerge"/>, saved outputs and the output folder's life cycle, on
/// netlists/examples/bcu-small (passive cells, 0.2 V/unit, ideal wires).
/// </summary>
public sealed class CosimShardTests : IDisposable
{
    private static readonly Lazy<LabelledImages> TestImageSet = new(() => FashionMnist.Load(DatasetSplit.Test));
    private static readonly Lazy<LabelledSamples> TestImages = new(() => LabelledSamples.FromImages(TestImageSet.Value));
    private static readonly CosimLevel[] FastLevels = [CosimLevel.Ideal, CosimLevel.Mapped, CosimLevel.Wired];
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-shards-").FullName;
    private readonly Lazy<string> design;

    public CosimShardTests() => design = new(() => ExampleDesign.Compile(
        "bcu-small",
        Path.Combine(directory, "design"),
        new CompileOptions { DesignName = "shards", SegmentOhms = 0, Cell = CellKind.Passive, OutputVoltsPerUnit = 0.2 }));

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Merge_FourShardsOfEightSamples_EqualsTheUnshardedRunFileForFile()
    {
        var whole = Run(FastLevels, 8, "whole", null);
        var shards = Enumerable.Range(0, 4).Select(i => Run(FastLevels, 8, $"shard-{i}", new SweepShard(i, 4))).ToList();

        var merged = Merge([shards[3], shards[1], shards[0], shards[2]]);

        AssertSameFiles(whole, merged);
        Assert.True(File.Exists(Path.Combine(shards[0], CosimShardDocument.FileName)));
        Assert.Equal(1 + 2, File.ReadAllLines(Path.Combine(shards[0], SampleProgressFile.FileName)).Length);
    }

    [Fact]
    public void Merge_TwoShardsAtTheSpiceLevel_EqualsTheUnshardedRunFileForFile()
    {
        // Needs batch-independent spice results: the whole run solves samples 0–2 as one batch, the shards {0, 2} and {1}.
        CosimLevel[] levels = [CosimLevel.Ideal, CosimLevel.Spice];
        var whole = Run(levels, 3, "whole", null);
        var shards = Enumerable.Range(0, 2).Select(i => Run(levels, 3, $"shard-{i}", new SweepShard(i, 2))).ToList();

        AssertSameFiles(whole, Merge(shards));
    }

    [Fact]
    public void Merge_MissingShardOrSample_IsRefusedNamingIt()
    {
        var shards = Enumerable.Range(0, 3).Select(i => Run([CosimLevel.Ideal], 7, $"shard-{i}", new SweepShard(i, 3))).ToList();

        var missing = Assert.Throws<InputException>(() => CosimMerge.Merge([shards[0], shards[2]]));
        Assert.Contains("missing shard(s) 1/3 of 3: sample(s) 1, 4 are in none", missing.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<InputException>(() => CosimMerge.Merge([shards[0], shards[1], shards[0]]));
        Assert.Contains("shard 0/3 is given twice", twice.Message, StringComparison.Ordinal);

        var progress = Path.Combine(shards[1], SampleProgressFile.FileName);
        File.WriteAllLines(progress, File.ReadAllLines(progress).SkipLast(1));
        var unfinished = Assert.Throws<InputException>(() => CosimMerge.Merge(shards));
        Assert.Contains("shard 1/3 is not finished: sample(s) 4 missing", unfinished.Message, StringComparison.Ordinal);

        var other = Run([CosimLevel.Ideal, CosimLevel.Mapped], 7, "other-levels", new SweepShard(1, 3));
        var mixed = Assert.Throws<InputException>(() => CosimMerge.Merge([shards[0], other, shards[2]]));
        Assert.Contains("levels ideal vs ideal,mapped", mixed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveOutputs_NpyReadBack_EqualsTheProgressFilesOutputsAndTheLevels()
    {
        var folder = Run(FastLevels, 5, "saved", null);
        var fromFile = CosimRunner.Run(new CosimRequest(design.Value, FastLevels, 5, folder) { SaveOutputs = true }, TestImages.Value);
        var ideal = Cosim.Design.CosimDesign.Open(design.Value).Level(CosimLevel.Ideal);

        Assert.Equal(0, fromFile.NewlyComputed);
        for (var level = 0; level < FastLevels.Length; level++)
        {
            var tensor = NpyReader.Read(Path.Combine(folder, "outputs", CosimLevels.Name(FastLevels[level]) + ".npy"));
            Assert.Equal([5, 10], tensor.Shape.Dimensions.ToArray());
            for (var s = 0; s < 5; s++)
            {
                for (var j = 0; j < 10; j++)
                {
                    Assert.Equal(fromFile.Samples[s].Outputs[level, j], tensor.At(s, j));
                    Assert.Equal(fromFile.Samples[s].OutputVolts[level, j], tensor.At(s, j) * 0.2);
                }
            }
        }

        var reference = NpyReader.Read(Path.Combine(folder, "outputs", "ideal.npy"));
        Assert.Equal(ideal.Forward(TestImageSet.Value.Pixels(3))[^1], Enumerable.Range(0, 10).Select(j => reference.At(3, j)));
        Assert.Equal(0, new FileInfo(Path.Combine(folder, "outputs", "ideal.npy")).Length % 8);
    }

    [Fact]
    public void Run_BadDesignOrUnbuildableLevel_LeavesNoFolder()
    {
        var output = Path.Combine(directory, "never");

        Assert.ThrowsAny<Exception>(() => CosimRunner.Run(new CosimRequest(Path.Combine(directory, "no-design"), FastLevels, 2, output), TestImages.Value));
        var bare = Path.Combine(directory, "currents");
        ExampleDesign.Compile("bcu-small", bare, new CompileOptions { DesignName = "currents", Cell = CellKind.Passive, Readout = ReadoutKind.Currents });
        Assert.Throws<InputException>(() => CosimRunner.Run(new CosimRequest(bare, [CosimLevel.Ideal, CosimLevel.Spice], 2, output), TestImages.Value));

        Assert.False(Directory.Exists(output), "out");
        Assert.False(Directory.Exists(output + ".partial"), "out.partial");
    }

    [Fact]
    public void Run_InterruptedAfterTheFirstBatch_KeepsPartialAndResumesIntoTheFolder()
    {
        var output = Path.Combine(directory, "interrupted");
        using var stop = new CancellationTokenSource();
        var request = new CosimRequest(design.Value, FastLevels, 6, output) { BatchSize = 2, Plots = true };
        var progress = new Progress(line =>
        {
            if (line.Contains("2/6 samples", StringComparison.Ordinal))
            {
                stop.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => CosimRunner.Run(request, TestImages.Value, progress, stop.Token));

        Assert.False(Directory.Exists(output));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(output + ".partial", SampleProgressFile.FileName)).Length);
        var resumed = CosimRunner.Run(request, TestImages.Value);
        Assert.Equal(4, resumed.NewlyComputed);
        Assert.False(Directory.Exists(output + ".partial"));
        Assert.Equal(7, File.ReadAllLines(Path.Combine(output, "predictions.csv")).Length);
        AssertSameFiles(Run(FastLevels, 6, "uninterrupted", null, saveOutputs: false), output);
    }

    [Fact]
    public void Run_ProgressFileWithOutputsInVolts_IsRefusedAsAnEarlierVersion()
    {
        var output = Path.Combine(directory, "old");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, SampleProgressFile.FileName), "sample,label,predicted_ideal," + string.Join(",", Enumerable.Range(0, 10).Select(j => $"output|ideal|{j}|V")) + "\n");

        var error = Assert.Throws<InputException>(() => CosimRunner.Run(new CosimRequest(design.Value, [CosimLevel.Ideal], 1, output), TestImages.Value));

        Assert.Contains("earlier version", error.Message, StringComparison.Ordinal);
    }

    private string Run(IReadOnlyList<CosimLevel> levels, int samples, string name, SweepShard? shard, bool saveOutputs = true)
    {
        var output = Path.Combine(directory, name);
        CosimRunner.Run(new CosimRequest(design.Value, levels, samples, output) { Shard = shard, SaveOutputs = saveOutputs, Plots = true, BatchSize = 3 }, TestImages.Value);
        return output;
    }

    private string Merge(IReadOnlyList<string> shards)
    {
        var (document, report) = CosimMerge.Merge(shards);
        var merged = Path.Combine(directory, "merged-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(merged);
        CosimMerge.Write(document, report, merged);
        return merged;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var names = Files(expected);
        Assert.Equal(names, Files(actual));
        Assert.Contains("samples.csv", names);
        foreach (var name in names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))), $"{name} differs");
        }
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
