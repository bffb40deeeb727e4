using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Sweeps;

namespace CrossbarSpice.Cosim.Tests.Sweeps;

/// <summary>Shards run separately and merged give the unsharded tables byte for byte; bad shard sets are refused.</summary>
public sealed class SweepMergeTests(BcuDesign bcu) : IClassFixture<BcuDesign>
{
    private const string Vary = "fault-rate=0:0.2:0.1";

    [Fact]
    public void Merge_ThreeShards_WritesTheUnshardedTablesByteForByte()
    {
        var whole = SweepRunner.Run(bcu.Request(Vary, [FaultMode.Both, FaultMode.Hrs], 60, [1, 2], bcu.Output("whole")), bcu.Data);
        var wholeTables = bcu.Output("whole-tables");
        SweepTables.Write(whole.Document, whole.Results, wholeTables);
        var shards = Enumerable.Range(0, 3).Select(i => Shard(i, 3)).Reverse().ToList();

        var (document, results) = SweepMerge.Merge(shards);
        var merged = bcu.Output("merged");
        SweepTables.Write(document, results, merged);

        foreach (var file in SweepTables.Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(wholeTables, file)), File.ReadAllBytes(Path.Combine(merged, file)));
        }

    }

    [Fact]
    public void Merge_MissingShard_ThrowsNamingIt()
    {
        var error = Assert.Throws<InputException>(() => SweepMerge.Merge([Shard(0, 3), Shard(2, 3)]));
        Assert.Contains("1/3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_UnfinishedShard_Throws()
    {
        var unfinished = Shard(1, 2);
        var progress = Path.Combine(unfinished, SweepProgressFile.FileName);
        File.WriteAllLines(progress, File.ReadAllLines(progress)[..^1]);

        var error = Assert.Throws<InputException>(() => SweepMerge.Merge([Shard(0, 2), unfinished]));
        Assert.Contains("not finished", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ShardsOfDifferentSweeps_Throws()
    {
        var other = bcu.Output("other");
        SweepRunner.Run(bcu.Request(Vary, [FaultMode.Both, FaultMode.Hrs], 60, [1, 3], other, SweepShard.Parse("1/2")), bcu.Data);

        var error = Assert.Throws<InputException>(() => SweepMerge.Merge([Shard(0, 2), other]));
        Assert.Contains("another sweep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_RepeatedShardOrWholeSweep_Throws()
    {
        var zero = Shard(0, 2);
        Assert.Throws<InputException>(() => SweepMerge.Merge([zero, zero, Shard(1, 2)]));
        var whole = bcu.Output("whole");
        SweepRunner.Run(bcu.Request(Vary, [FaultMode.Both, FaultMode.Hrs], 60, [1, 2], whole), bcu.Data);
        Assert.Throws<InputException>(() => SweepMerge.Merge([whole]));
    }

    private string Shard(int index, int count)
    {
        var folder = bcu.Output($"shard-{index}-of-{count}");
        var run = SweepRunner.Run(bcu.Request(Vary, [FaultMode.Both, FaultMode.Hrs], 60, [1, 2], folder, new SweepShard(index, count)), bcu.Data);
        Assert.True(run.Complete);
        Assert.DoesNotContain(run.Results, r => r.Unit.Index % count != index);
        return folder;
    }
}
