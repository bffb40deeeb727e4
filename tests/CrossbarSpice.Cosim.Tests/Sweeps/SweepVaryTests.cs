using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Sweeps;

namespace CrossbarSpice.Cosim.Tests.Sweeps;

/// <summary>Parsing of --vary, --fault and --shard, and how shards split the work.</summary>
public sealed class SweepVaryTests
{
    [Fact]
    public void Parse_FaultRateRange_ElevenExactDecimalValues()
    {
        var vary = SweepVary.Parse("fault-rate=0:0.25:0.025");

        Assert.Equal(SweepParameter.FaultRate, vary.Parameter);
        Assert.Equal([0, 0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25], vary.Values);
    }

    [Fact]
    public void Parse_LevelsWithoutStep_StepsByOne() =>
        Assert.Equal(Enumerable.Range(10, 11).Select(i => (double)i), SweepVary.Parse("levels=10:20").Values);

    [Fact]
    public void Parse_List_KeepsTheOrderGiven() =>
        Assert.Equal([0.2, 0, 0.05], SweepVary.Parse("Aging=0.2,0,0.05").Values);

    [Theory]
    [InlineData("fault-rate")]
    [InlineData("fault-rate=")]
    [InlineData("bogus=1")]
    [InlineData("fault-rate=0:0.25")]     // a step is needed except for levels
    [InlineData("fault-rate=0:1.5:0.5")]  // above 1
    [InlineData("read-noise=-0.1")]
    [InlineData("levels=10.5")]
    [InlineData("levels=1:3")]
    [InlineData("levels=20:10")]
    [InlineData("levels=10:20:0")]
    [InlineData("aging=0.1,0.1")]
    [InlineData("aging=x")]
    [InlineData("levels=0:100000000")]
    public void Parse_Malformed_ThrowsInputExceptionNamingVary(string text)
    {
        var error = Assert.Throws<InputException>(() => SweepVary.Parse(text));
        Assert.Equal(nameof(SweepRequest.Vary), error.Location.Field);
    }

    [Fact]
    public void FaultModes_List_DistinctInOrder() =>
        Assert.Equal([FaultMode.Hrs, FaultMode.Lrs, FaultMode.Both], SweepNames.FaultModes(["hrs,lrs", "both,lrs"]));

    [Theory]
    [InlineData("1/1")]
    [InlineData("3/3")]
    [InlineData("-1/3")]
    [InlineData("a/3")]
    [InlineData("0/0")]
    [InlineData("2")]
    public void ShardParse_OutOfRange_ThrowsInputException(string text) =>
        Assert.Throws<InputException>(() => SweepShard.Parse(text));

    [Fact]
    public void Shards_OfOneSweep_AreDisjointAndCoverEveryUnit()
    {
        var spec = new SweepSpec("d", "h", "fashion-mnist", "test", 10, "mapped", "fault-rate", ["lrs", "hrs"], [0, 0.1, 0.2], [1, 2, 3]);
        var units = spec.Units();
        var shards = Enumerable.Range(0, 4).Select(i => SweepShard.Parse($"{i}/4")).ToList();

        Assert.Equal(1 + (2 * 3 * 3), units.Count);
        Assert.All(units, u => Assert.Single(shards, s => s.Contains(u.Index)));
        Assert.Equal(Enumerable.Range(0, units.Count), units.Select(u => u.Index));
        Assert.True(units[0].IsSoftware);
    }
}
