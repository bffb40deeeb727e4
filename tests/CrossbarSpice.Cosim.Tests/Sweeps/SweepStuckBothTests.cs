using CrossbarSpice.Core.Serialization;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Sweeps;
using CrossbarSpice.Mapping.NonIdealities;

namespace CrossbarSpice.Cosim.Tests.Sweeps;

/// <summary>The two definitions of the "both" fault mode on the BCU's whole plan (54,000-odd devices), and their record in sweep.json.</summary>
public sealed class SweepStuckBothTests(BcuDesign bcu) : IClassFixture<BcuDesign>
{
    [Theory]
    [InlineData(StuckBoth.Independent, 0.1, 0.1 * 0.9)]
    [InlineData(StuckBoth.Split, 0.05, 0.05)]
    public void Plan_Both_FaultFractionsFollowTheDefinition(StuckBoth definition, double lrs, double hrs)
    {
        var programming = new SweepProgramming(CosimDesign.Open(bcu.Folder), SweepParameter.FaultRate, definition);

        var plan = programming.Plan(new SweepUnit(1, "both", 0.1, 4));

        var faults = plan.Layers.SelectMany(l => l.Tiles).SelectMany(t => t.Programmed.Faults).ToList();
        AssertBinomial(faults.Count(f => f == DeviceFault.StuckAtLrs), faults.Count, lrs);
        AssertBinomial(faults.Count(f => f == DeviceFault.StuckAtHrs), faults.Count, hrs);
    }

    [Fact]
    public void Run_BothByDefault_RecordsIndependentInTheSpec_SplitWhenAsked_NothingWithoutBoth()
    {
        var independent = SweepRunner.Run(bcu.Request("fault-rate=0.1", [FaultMode.Both], 20, [1], bcu.Output("independent")), bcu.Data);
        var split = SweepRunner.Run(bcu.Request("fault-rate=0.1", [FaultMode.Both], 20, [1], bcu.Output("split")) with { StuckBoth = StuckBoth.Split }, bcu.Data);
        var lrsOnly = SweepRunner.Run(bcu.Request("fault-rate=0.1", [FaultMode.Lrs], 20, [1], bcu.Output("lrs")), bcu.Data);

        Assert.Equal("independent", independent.Document.Spec.StuckBoth);
        Assert.Equal("split", split.Document.Spec.StuckBoth);
        Assert.Null(lrsOnly.Document.Spec.StuckBoth);
        Assert.NotEqual(independent.Document.SpecSha256, split.Document.SpecSha256);
        Assert.Contains("\"stuckBoth\": \"independent\"", ProjectJson.Serialize(independent.Document), StringComparison.Ordinal);
        Assert.DoesNotContain("stuckBoth", ProjectJson.Serialize(lrsOnly.Document), StringComparison.Ordinal);
    }

    private static void AssertBinomial(int count, int trials, double p)
    {
        var sigma = Math.Sqrt(trials * p * (1 - p));
        Assert.InRange(count, (trials * p) - (4 * sigma), (trials * p) + (4 * sigma));
    }
}
