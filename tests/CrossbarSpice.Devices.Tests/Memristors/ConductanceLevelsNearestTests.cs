using CrossbarSpice.Devices.Memristors;

namespace CrossbarSpice.Devices.Tests.Memristors;

public sealed class ConductanceLevelsNearestTests
{
    [Fact]
    public void Nearest_EveryProbe_PicksTheClosestLevel()
    {
        // 200 levels between 1/12 kΩ and 1/1 kΩ ([P3]); brute-force nearest as the reference.
        var levels = ConductanceLevels.Linear(200, 1.0 / 12000, 1.0 / 1000);
        var random = new Random(3);
        for (var i = 0; i < 5000; i++)
        {
            var probe = (random.NextDouble() * 1.2e-3) - 0.1e-3;
            var expected = levels.ConductancesSiemens.MinBy(l => (Math.Abs(l - probe), l));

            Assert.Equal(expected, levels.Nearest(probe));
        }
    }

    [Fact]
    public void Linear_Endpoints_AreExactAndSpacingUniform()
    {
        var levels = ConductanceLevels.Linear(10, 1e-4, 1e-3);

        Assert.Equal(1e-4, levels.ConductancesSiemens[0]);
        Assert.Equal(1e-3, levels.ConductancesSiemens[^1]);
        Assert.Equal(1e-4, levels.ConductancesSiemens[1] - levels.ConductancesSiemens[0], 15);
    }
}
