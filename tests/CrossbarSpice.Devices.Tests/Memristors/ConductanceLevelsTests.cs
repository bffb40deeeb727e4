using CrossbarSpice.Devices.Memristors;

namespace CrossbarSpice.Devices.Tests.Memristors;

public sealed class ConductanceLevelsTests
{
    [Fact]
    public void Linear_TwoHundredLevels_EndpointsExactAndEvenlySpaced()
    {
        var levels = ConductanceLevels.Linear(200, 1.0 / 12000, 1.0 / 1000);

        Assert.Equal(200, levels.Count);
        Assert.Equal(1.0 / 12000, levels.ConductancesSiemens[0]);
        Assert.Equal(1.0 / 1000, levels.ConductancesSiemens[^1]);
        var step = (1.0 / 1000 - 1.0 / 12000) / 199;
        Assert.All(levels.ConductancesSiemens.Zip(levels.ConductancesSiemens.Skip(1)), p => Assert.Equal(step, p.Second - p.First, 1e-15));
    }

    [Fact]
    public void Nearest_BetweenLevels_PicksCloser()
    {
        var levels = new ConductanceLevels(LevelSpacing.Table, [1e-4, 2e-4, 6e-4]);

        Assert.Equal(6e-4, levels.Nearest(4.5e-4));
        Assert.Equal(1e-4, levels.Nearest(0));
    }

    [Fact]
    public void ConductanceAfter_PowerLaw_FollowsTMinusNu()
    {
        var drift = new DriftModel(DriftModelKind.PowerLaw, 0.1, 1);

        Assert.Equal(1e-4 * Math.Pow(100, -0.1), drift.ConductanceAfter(1e-4, 100), 1e-18);
        Assert.Equal(1e-4, DriftModel.None.ConductanceAfter(1e-4, 1e6));
    }
}
