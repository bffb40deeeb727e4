using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Periphery.Benches;

namespace CrossbarSpice.Circuits.Tests.Periphery;

/// <summary>
/// Every module characterised (coarse sweeps) in ngspice and checked against its ideal function with the bound of
/// golden/characterize/bounds.csv (docs/circuits.md's measured accuracy), plus its coarse curve against golden.
/// </summary>
public sealed class PeripheryCharacterisationTests(PeripheryFixture fixture) : IClassFixture<PeripheryFixture>
{
    public static TheoryData<string> Modules() => new(PeripheryModules.All.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Characterise_CoarseSweep_MaxErrorWithinCircuitsMdBound(string module)
    {
        var result = fixture.Coarse(module);
        var bound = CharacterisationBounds.MaxErrorVolts[module];
        Assert.True(result.MaxErrorVolts <= bound, $"{module}: max error {result.MaxErrorVolts} V exceeds the bound {bound} V");
        Assert.True(result.RmsErrorVolts <= result.MaxErrorVolts);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Characterise_CoarseCurve_MatchesGolden(string module) =>
        PeripheryGolden.AssertMatches($"{module}/curve-coarse.csv", CharacterisationTables.Curve(fixture.Coarse(module)), 1e-6, 2e-5);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Characterise_StepAndEstimates_ArePhysical(string module)
    {
        var r = fixture.Coarse(module);
        Assert.InRange(r.SettlingSeconds, 0, r.StepTime[^1]);
        Assert.True(r.StaticWatts >= -1e-9, $"static power {r.StaticWatts} W");
        Assert.True(r.EnergyJoules >= 0, $"energy {r.EnergyJoules} J");
        Assert.True(r.WindowSeconds >= BenchStep.OperationSeconds || r.WindowSeconds == r.StepTime[^1] - BenchStep.EdgeSeconds);
        Assert.True(r.AreaSquareMeters > 0 && r.Inventory.DeviceCount > 0);
    }

    [Fact]
    public void Sigmoid6t_FittedIs_MatchesCircuitsMd331MicroAmps() =>
        Assert.InRange(fixture.Coarse("sigmoid-6t").ScaleValue, 331e-6 * 0.97, 331e-6 * 1.03);

    [Fact]
    public void Gilbert_FittedK_MatchesCircuitsMd1009AndErrorBelow3Point4PercentOfK()
    {
        var r = fixture.Coarse("gilbert");
        Assert.InRange(r.ScaleValue, 1.004, 1.014);
        Assert.True(r.MaxErrorVolts / r.ScaleValue <= 0.034, $"{r.MaxErrorVolts / r.ScaleValue:P2} of K");
    }

    [Fact]
    public void GeneralActivation_FittedSlopes_MatchCircuitsMd()
    {
        Assert.InRange(fixture.Coarse("general-sigmoid").ScaleValue, 6.95, 7.13);
        Assert.InRange(fixture.Coarse("general-tanh").ScaleValue, 3.42, 3.52);
    }

    [Fact]
    public void OpAmpCmos_DcGain_AtLeast73Db()
    {
        var gain = fixture.Coarse("opamp-cmos").Extra.Single(e => e.Name == "dc_gain_db").Value;
        Assert.InRange(gain, 73.0, 74.0);
    }

    [Theory]
    [InlineData("gap", 0.9, 0.3e-3)] // circuits.md §6: buffered 0.156541 V for mean 0.15625 V
    [InlineData("avg-pool", 0.8, 0.7e-3)] // circuits.md §7.4: 0.26181 V for 0.2625 V
    [InlineData("max-pool", 0.8, 0.3e-3)] // circuits.md §7.5: 0.79997 V for 0.8 V
    [InlineData("adder", 0.8, 1.0e-3)] // circuits.md §7.7: 0.49902 V for 0.5 V
    public void Characterise_CircuitsMdPoint_ErrorWithinItsMeasurement(string module, double input, double bound)
    {
        var r = fixture.Coarse(module);
        var k = Enumerable.Range(0, r.Input.Count).MinBy(i => Math.Abs(r.Input[i] - input));
        Assert.True(Math.Abs(r.Input[k] - input) < 1e-6, $"no sweep point at {input}");
        Assert.True(Math.Abs(r.Output[k] - r.Ideal[k]) <= bound, $"{module} at {input}: error {r.Output[k] - r.Ideal[k]} V");
    }

    [Fact]
    public void NormalisationHiRn3_ClippedError_BeatsTableIVersion() =>
        Assert.True(fixture.Coarse("normalisation-hi-rn3").MaxErrorVolts < 0.5 * fixture.Coarse("normalisation").MaxErrorVolts);
}
