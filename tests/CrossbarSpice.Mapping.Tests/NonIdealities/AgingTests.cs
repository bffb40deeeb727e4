using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.NonIdealities;

namespace CrossbarSpice.Mapping.Tests.NonIdealities;

/// <summary>Aging ([P0] Fig. 13b) as modelled: G ← G − a·(G − Gmin) on working devices.</summary>
public sealed class AgingTests
{
    private static readonly DeviceRange Device = new(1.0 / 12000, 1.0 / 1000, ConductanceLevels.Linear(200, 1.0 / 12000, 1.0 / 1000));

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    public void Program_Aging_MovesEachWorkingDeviceTowardGminByTheFraction(double aging)
    {
        // Analytic: quantisation off, so every device starts at its target.
        var targets = new[] { Device.GminSiemens, 2e-4, 5e-4, Device.GmaxSiemens };
        var target = new ConductanceMatrix(1, targets.Length, targets);

        var programmed = ConductanceProgrammer.Program(target, Device, new NonIdealityOptions { Quantise = false, AgingFraction = aging }, 5, "t");

        for (var i = 0; i < targets.Length; i++)
        {
            var expected = targets[i] - (aging * (targets[i] - Device.GminSiemens));
            Assert.Equal(expected, programmed.Conductances.Siemens[i], 15);
        }
    }

    [Fact]
    public void Program_AgingWithStuckDevices_LeavesStuckDevicesInTheirState()
    {
        var target = new ConductanceMatrix(50, 50, Enumerable.Repeat(5e-4, 2500).ToArray());
        var options = new NonIdealityOptions { Quantise = false, StuckAtLrsRate = 0.1, AgingFraction = 0.5 };

        var programmed = ConductanceProgrammer.Program(target, Device, options, 9, "t");

        Assert.True(programmed.FaultCount > 0);
        for (var i = 0; i < 2500; i++)
        {
            var expected = programmed.Faults[i] == DeviceFault.StuckAtLrs ? Device.GmaxSiemens : 5e-4 - (0.5 * (5e-4 - Device.GminSiemens));
            Assert.Equal(expected, programmed.Conductances.Siemens[i], 15);
        }
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Validate_AgingOutsideZeroToOne_Throws(double aging) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NonIdealityOptions { AgingFraction = aging }.Validate());
}
