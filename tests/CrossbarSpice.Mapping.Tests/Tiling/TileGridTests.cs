using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.Schemes;
using CrossbarSpice.Mapping.Tiling;

namespace CrossbarSpice.Mapping.Tests.Tiling;

public sealed class TileGridTests
{
    [Fact]
    public void Split_300By200OnTo128By128_GivesSameIdealMacAsUntiled()
    {
        // A 200-output × 300-input layer: 300 rows, 400 physical columns → 3 row tiles × 4 column tiles.
        var random = new Random(300);
        var w = Enumerable.Range(0, 200 * 300).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
        var mapped = WeightMapper.Map(w, 200, 300, [], new DeviceRange(1.0 / 12000, 1.0 / 1000), MappingScheme.Linear);
        var blocks = TileGrid.Split(mapped.Target.Rows, mapped.Target.Columns, 128, 128);
        var tiled = new TiledCrossbar(mapped.Target.Rows, mapped.Target.Columns,
            blocks.Select(b => (b, mapped.Target.Slice(b.RowStart, b.RowCount, b.ColumnStart, b.ColumnCount))).ToList());
        var v = Enumerable.Range(0, 300).Select(_ => random.NextDouble()).ToArray();

        var untiled = mapped.Target.ColumnCurrents(v);
        var split = tiled.ColumnCurrents(v);

        Assert.Equal(12, blocks.Count);
        Assert.All(blocks, b => Assert.True(b.RowCount <= 128 && b.ColumnCount <= 128 && b.ColumnCount % 2 == 0));
        for (var c = 0; c < untiled.Length; c++)
        {
            Assert.Equal(untiled[c], split[c], Math.Abs(untiled[c]) * 1e-13);
        }

        Assert.Equal(mapped.Target.Siemens.ToArray(), tiled.Assemble().Siemens.ToArray());
    }

    [Fact]
    public void Split_FitsInOneArray_GivesOneTile()
    {
        var blocks = TileGrid.Split(100, 64, 128, 128);

        Assert.Equal([new TileBlock(0, 0, 0, 100, 0, 64)], blocks);
    }

    [Fact]
    public void Split_CoversEveryCellExactlyOnce()
    {
        var blocks = TileGrid.Split(257, 390, 128, 100);
        var covered = new int[257, 390];
        foreach (var b in blocks)
        {
            for (var r = b.RowStart; r < b.RowStart + b.RowCount; r++)
            {
                for (var c = b.ColumnStart; c < b.ColumnStart + b.ColumnCount; c++)
                {
                    covered[r, c]++;
                }
            }
        }

        Assert.All(covered.Cast<int>(), n => Assert.Equal(1, n));
    }
}
