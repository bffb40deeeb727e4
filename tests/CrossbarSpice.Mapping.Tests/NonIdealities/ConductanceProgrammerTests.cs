using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;

namespace CrossbarSpice.Mapping.Tests.NonIdealities;

public sealed class ConductanceProgrammerTests
{
    private static readonly DeviceRange Device = new(1.0 / 12000, 1.0 / 1000, ConductanceLevels.Linear(1.0 / 12000, 1.0 / 1000, 200));

    private static ConductanceMatrix Uniform(int rows, int columns, double g) =>
        new(rows, columns, Enumerable.Repeat(g, rows * columns).ToArray());

    [Theory]
    [InlineData(0.05, StuckAtMode.Lrs)]
    [InlineData(0.10, StuckAtMode.Hrs)]
    [InlineData(0.25, StuckAtMode.Both)]
    public void Program_StuckAtRate_HitsRateWithinFourBinomialSigmas(double rate, StuckAtMode mode)
    {
        const int devices = 200 * 100;
        var target = Uniform(200, 100, 5e-4);
        var options = new NonIdealityOptions { Quantise = false, StuckAtRate = rate, StuckAtMode = mode };

        var programmed = ConductanceProgrammer.Program(target, Device, options, seed: 11, "fc1/tile-r0-c0");

        var sigma = Math.Sqrt(devices * rate * (1 - rate));
        Assert.InRange(programmed.FaultCount, (devices * rate) - (4 * sigma), (devices * rate) + (4 * sigma));
        for (var i = 0; i < devices; i++)
        {
            var g = programmed.Conductances.Siemens[i];
            switch (programmed.Faults[i])
            {
                case DeviceFault.StuckAtLrs:
                    Assert.Equal(Device.GmaxSiemens, g);
                    Assert.NotEqual(StuckAtMode.Hrs, mode);
                    break;
                case DeviceFault.StuckAtHrs:
                    Assert.Equal(Device.GminSiemens, g);
                    Assert.NotEqual(StuckAtMode.Lrs, mode);
                    break;
                default:
                    Assert.Equal(5e-4, g);
                    break;
            }
        }
    }

    [Fact]
    public void Program_SameSeed_IsReproducibleAndOtherSeedDiffers()
    {
        var target = Uniform(50, 40, 5e-4);
        var options = new NonIdealityOptions { StuckAtRate = 0.1, ProgrammingErrorSigma = 0.05, DeviceVariationSigma = 0.02 };

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
        var faultsOnly = ConductanceProgrammer.Program(target, Device, new NonIdealityOptions { StuckAtRate = 0.1 }, 5, "t");
        var withError = ConductanceProgrammer.Program(target, Device, new NonIdealityOptions { StuckAtRate = 0.1, ProgrammingErrorSigma = 0.05 }, 5, "t");

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

        var levels = Device.Levels!.Siemens.ToArray();
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
