using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.Tests.Conductances;

public sealed class ConductanceLevelsTests
{
    [Fact]
    public void Nearest_EveryProbe_PicksTheClosestLevel()
    {
        // 200 levels between 1/12 kΩ and 1/1 kΩ (seed 003); brute-force nearest as the reference.
        var levels = ConductanceLevels.Linear(1.0 / 12000, 1.0 / 1000, 200);
        var random = new Random(3);
        for (var i = 0; i < 5000; i++)
        {
            var probe = (random.NextDouble() * 1.2e-3) - 0.1e-3;
            var expected = levels.Siemens.ToArray().MinBy(l => (Math.Abs(l - probe), l));

            Assert.Equal(expected, levels.Nearest(probe));
        }
    }

    [Fact]
    public void Linear_Endpoints_AreExactAndSpacingUniform()
    {
        var levels = ConductanceLevels.Linear(1e-4, 1e-3, 10);

        Assert.Equal(1e-4, levels.Siemens[0]);
        Assert.Equal(1e-3, levels.Siemens[^1]);
        Assert.Equal(1e-4, levels.Siemens[1] - levels.Siemens[0], 15);
    }

    [Theory]
    [InlineData(new[] { 1e-3 })]
    [InlineData(new[] { 1e-3, 1e-3 })]
    [InlineData(new[] { 2e-3, 1e-3 })]
    [InlineData(new[] { 1e-3, double.NaN })]
    public void Constructor_BadTable_Throws(double[] values) =>
        Assert.Throws<ArgumentException>(() => new ConductanceLevels(values));
}
