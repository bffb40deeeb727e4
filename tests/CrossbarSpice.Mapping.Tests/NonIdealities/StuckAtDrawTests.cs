using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;

namespace CrossbarSpice.Mapping.Tests.NonIdealities;

/// <summary>The two definitions of "stuck at LRS and HRS" measured on a large array against their binomial expectations.</summary>
public sealed class StuckAtDrawTests
{
    private const int Rows = 400, Columns = 250, Devices = Rows * Columns;
    private static readonly DeviceRange Device = new(1.0 / 12000, 1.0 / 1000, null);
    private static readonly ConductanceMatrix Target = new(Rows, Columns, Enumerable.Repeat(5e-4, Devices).ToArray());

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.25)]
    public void Program_Independent_LrsIsPAndHrsIsPTimesOneMinusP(double p)
    {
        var options = new NonIdealityOptions { Quantise = false, StuckAtLrsRate = p, StuckAtHrsRate = p, StuckAtDraw = StuckAtDraw.Independent };

        var programmed = ConductanceProgrammer.Program(Target, Device, options, seed: 5, "fc/tile-r0-c0");

        AssertBinomial(programmed.Faults.Count(f => f == DeviceFault.StuckAtLrs), p);
        AssertBinomial(programmed.Faults.Count(f => f == DeviceFault.StuckAtHrs), p * (1 - p));
        AssertBinomial(programmed.FaultCount, (2 * p) - (p * p));
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.25)]
    public void Program_ExclusiveAtHalfTheRate_LrsAndHrsArePOverTwoEach(double p)
    {
        var options = new NonIdealityOptions { Quantise = false, StuckAtLrsRate = p / 2, StuckAtHrsRate = p / 2 };

        var programmed = ConductanceProgrammer.Program(Target, Device, options, seed: 5, "fc/tile-r0-c0");

        AssertBinomial(programmed.Faults.Count(f => f == DeviceFault.StuckAtLrs), p / 2);
        AssertBinomial(programmed.Faults.Count(f => f == DeviceFault.StuckAtHrs), p / 2);
        AssertBinomial(programmed.FaultCount, p);
    }

    [Fact]
    public void Program_IndependentHigherRate_KeepsEveryEarlierFaultFaulty()
    {
        var low = ConductanceProgrammer.Program(Target, Device, new NonIdealityOptions { StuckAtLrsRate = 0.05, StuckAtHrsRate = 0.05, StuckAtDraw = StuckAtDraw.Independent }, 3, "t");
        var high = ConductanceProgrammer.Program(Target, Device, new NonIdealityOptions { StuckAtLrsRate = 0.10, StuckAtHrsRate = 0.10, StuckAtDraw = StuckAtDraw.Independent }, 3, "t");

        for (var i = 0; i < Devices; i++)
        {
            if (low.Faults[i] == DeviceFault.StuckAtLrs)
            {
                Assert.Equal(DeviceFault.StuckAtLrs, high.Faults[i]);
            }
            else if (low.Faults[i] == DeviceFault.StuckAtHrs)
            {
                Assert.NotEqual(DeviceFault.None, high.Faults[i]);
            }
        }
    }

    [Fact]
    public void Validate_IndependentRatesAddingAboveOne_Allowed_ExclusiveRefused()
    {
        new NonIdealityOptions { StuckAtLrsRate = 0.6, StuckAtHrsRate = 0.6, StuckAtDraw = StuckAtDraw.Independent }.Validate();

        Assert.Throws<ArgumentOutOfRangeException>(() => new NonIdealityOptions { StuckAtLrsRate = 0.6, StuckAtHrsRate = 0.6 }.Validate());
    }

    /// <summary>Within four binomial standard deviations of Devices·p (a false alarm about once in 16,000 runs; the seed is fixed).</summary>
    private static void AssertBinomial(int count, double p)
    {
        var sigma = Math.Sqrt(Devices * p * (1 - p));
        Assert.InRange(count, (Devices * p) - (4 * sigma), (Devices * p) + (4 * sigma));
    }
}
