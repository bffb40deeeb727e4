using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;

namespace CrossbarSpice.Mapping.Tests.NonIdealities;

public sealed class ConductanceProgrammerTests
{
    private static readonly DeviceRange Device = new(1.0 / 12000, 1.0 / 1000, ConductanceLevels.Linear(200, 1.0 / 12000, 1.0 / 1000));

    private static ConductanceMatrix Uniform(int rows, int columns, double g) =>
        new(rows, columns, Enumerable.Repeat(g, rows * columns).ToArray());

    [Theory]
    [InlineData(0.05, 0.0)]
    [InlineData(0.0, 0.10)]
    [InlineData(0.125, 0.125)]
    public void Program_StuckAtRates_HitEachRateWithinFourBinomialSigmas(double lrsRate, double hrsRate)
    {
        const int devices = 200 * 100;
        var target = Uniform(200, 100, 5e-4);
        var options = new NonIdealityOptions { Quantise = false, StuckAtLrsRate = lrsRate, StuckAtHrsRate = hrsRate };

        var programmed = ConductanceProgrammer.Program(target, Device, options, seed: 11, "fc1/tile-r0-c0");

        AssertBinomial(programmed.Faults.Count(f => f == DeviceFault.StuckAtLrs), devices, lrsRate);
        AssertBinomial(programmed.Faults.Count(f => f == DeviceFault.StuckAtHrs), devices, hrsRate);
        for (var i = 0; i < devices; i++)
        {
            var expected = programmed.Faults[i] switch
            {
                DeviceFault.StuckAtLrs => Device.GmaxSiemens,
                DeviceFault.StuckAtHrs => Device.GminSiemens,
                _ => 5e-4,
            };
            Assert.Equal(expected, programmed.Conductances.Siemens[i]);
        }
    }

    [Fact]
    public void Program_HigherRate_KeepsEveryEarlierFault()
    {
        var target = Uniform(100, 100, 5e-4);
        var low = ConductanceProgrammer.Program(target, Device, new NonIdealityOptions { StuckAtLrsRate = 0.05, StuckAtHrsRate = 0.05 }, 3, "t");
        var high = ConductanceProgrammer.Program(target, Device, new NonIdealityOptions { StuckAtLrsRate = 0.05, StuckAtHrsRate = 0.20 }, 3, "t");

        for (var i = 0; i < low.Faults.Count; i++)
        {
            if (low.Faults[i] != DeviceFault.None)
            {
                Assert.Equal(low.Faults[i], high.Faults[i]);
            }
        }

        Assert.True(high.FaultCount > low.FaultCount);
    }

    private static void AssertBinomial(int count, int trials, double p)
    {
        var sigma = Math.Sqrt(trials * p * (1 - p));
        Assert.InRange(count, (trials * p) - (4 * sigma), (trials * p) + (4 * sigma));
    }

    [Fact]
    public void Program_SameSeed_IsReproducibleAndOtherSeedDiffers()
    {
        var target = Uniform(50, 40, 5e-4);
        var options = new NonIdealityOptions { StuckAtLrsRate = 0.05, StuckAtHrsRate = 0.05, ProgrammingErrorSigma = 0.05, DeviceVariationSigma = 0.02 };

        var a = ConductanceProgrammer.Program(target, Device, options, 1, "fc1/tile-r0-c0");
        var b = ConductanceProgrammer.Program(target, Device, options, 1, "fc1/tile-r0-c0");
        var c = ConductanceProgrammer.Program(target, Device, options, 2, "fc1/tile-r0-c0");

        Assert.Equal(a.Conductances.Siemens.ToArray(), b.Conductances.Siemens.ToArray());
        Assert.Equal(a.Faults, b.Faults);
        Assert.NotEqual(a.Conductances.Siemens.ToArray(), c.Conductances.Siemens.ToArray());
    }

    [Fact]
    public void Program_SwitchingOneNonIdealityOn_LeavesFaultPatternOfOthersUnchanged()
    {
        var target = Uniform(50, 40, 5e-4);
        var faultsOnly = ConductanceProgrammer.Program(target, Device, new NonIdealityOptions { StuckAtLrsRate = 0.1 }, 5, "t");
        var withError = ConductanceProgrammer.Program(target, Device, new NonIdealityOptions { StuckAtLrsRate = 0.1, ProgrammingErrorSigma = 0.05 }, 5, "t");

        Assert.Equal(faultsOnly.Faults, withError.Faults);
    }

    [Fact]
    public void Program_ProgrammingError_HasRequestedRelativeSpreadAndStaysInRange()
    {
        var target = Uniform(200, 100, 5e-4);
        var programmed = ConductanceProgrammer.Program(target, Device, new NonIdealityOptions { Quantise = false, ProgrammingErrorSigma = 0.05 }, 9, "t");

        var relative = programmed.Conductances.Siemens.ToArray().Select(g => (g / 5e-4) - 1).ToArray();
        var mean = relative.Average();
        var std = Math.Sqrt(relative.Select(r => (r - mean) * (r - mean)).Average());
        Assert.InRange(std, 0.049, 0.051);
        Assert.InRange(mean, -0.002, 0.002);
        Assert.All(programmed.Conductances.Siemens.ToArray(), g => Assert.InRange(g, Device.GminSiemens, Device.GmaxSiemens));
    }

    [Fact]
    public void Program_Quantise_SnapsEveryDeviceToALevel()
    {
        var random = new Random(1);
        var values = Enumerable.Range(0, 400).Select(_ => Device.GminSiemens + (random.NextDouble() * (Device.GmaxSiemens - Device.GminSiemens))).ToArray();

        var programmed = ConductanceProgrammer.Program(new ConductanceMatrix(20, 20, values), Device, NonIdealityOptions.None, 1, "t");

        var levels = Device.Levels!.ConductancesSiemens.ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(Device.Levels.Nearest(values[i]), programmed.Conductances.Siemens[i]);
            Assert.Contains(programmed.Conductances.Siemens[i], levels);
        }
    }

    [Fact]
    public void Program_Drift_FollowsPowerLawAndNeverGoesBelowGmin()
    {
        var target = Uniform(2, 2, 5e-4);
        var options = new NonIdealityOptions { Quantise = false, DriftExponent = 0.05, DriftTimeSeconds = 1e4, DriftReferenceSeconds = 1 };

        var programmed = ConductanceProgrammer.Program(target, Device, options, 1, "t");

        Assert.Equal(5e-4 * Math.Pow(1e4, -0.05), programmed.Conductances[0, 0], 1e-18);
    }
}
