using CrossbarSpice.Mapping.Conductances;
using CrossbarSpice.Mapping.ReadSchemes;

namespace CrossbarSpice.Mapping.Tests.ReadSchemes;

/// <summary>The bit-serial code, its planes and weights, and the checks of its fields, on values worked out by hand.</summary>
public sealed class ReadSchemeTests
{
    // k = 3 bits over F = 2 units: q(x) = sign(x)·2·m/8, m = round(|x|·4) clipped at 7; V_read 0.5 V.
    private static readonly ReadScheme Scheme = new(ReadSchemeKind.BitSerial, 3, 2, 0.5);

    [Theory]
    [InlineData(0.75, 3, 0.75)]
    [InlineData(-1.3, 5, -1.25)]
    [InlineData(0.1, 0, 0)]
    [InlineData(0.125, 1, 0.25)] // 0.5 LSB rounds away from zero
    [InlineData(5.0, 7, 1.75)] // clipped at F·(1 − 2^−k)
    [InlineData(-9.0, 7, -1.75)]
    public void Code_KnownValues_GiveTheHandWorkedCodeAndValue(double x, int code, double value)
    {
        Assert.Equal(code, Scheme.Code(x));
        Assert.Equal(value, Scheme.Quantise(x), 15);
    }

    [Fact]
    public void PlaneRowVolts_SignAndBits_DriveEachSelectedRowAtTheFullReadVoltage()
    {
        double[] units = [0.75, -1.3, 0.1];
        var volts = new double[3];

        // m = 3 = 0b011, m = 5 = 0b101 (negative), m = 0.
        Scheme.PlaneRowVolts(units, 0, volts);
        Assert.Equal([0.5, -0.5, 0], volts);
        Scheme.PlaneRowVolts(units, 1, volts);
        Assert.Equal([0.5, 0, 0], volts);
        Scheme.PlaneRowVolts(units, 2, volts);
        Assert.Equal([0, -0.5, 0], volts);
    }

    [Fact]
    public void PlaneWeights_RecombineThePlanesIntoTheCodedValue()
    {
        // F·2^b / (2^k·V) = 2·2^b / 4 = 2^b / 2.
        Assert.Equal(0.5, Scheme.PlaneUnitsPerVolt(0), 15);
        Assert.Equal(1.0, Scheme.PlaneUnitsPerVolt(1), 15);
        Assert.Equal(2.0, Scheme.PlaneUnitsPerVolt(2), 15);
        double[] units = [-1.3];
        var sum = 0.0;
        var volts = new double[1];
        for (var b = 0; b < 3; b++)
        {
            Scheme.PlaneRowVolts(units, b, volts);
            sum += volts[0] * Scheme.PlaneUnitsPerVolt(b);
        }

        Assert.Equal(Scheme.Quantise(-1.3), sum, 15);
    }

    [Theory]
    [InlineData(0, 4, 0.5, "InputBits")]
    [InlineData(17, 4, 0.5, "InputBits")]
    [InlineData(6, 0, 0.5, "FullScaleUnits")]
    [InlineData(6, double.NaN, 0.5, "FullScaleUnits")]
    [InlineData(6, 4, -0.5, "ReadVolts")]
    [InlineData(6, 4, double.PositiveInfinity, "ReadVolts")]
    public void Validate_FieldOutOfRange_NamesTheField(int bits, double fullScale, double volts, string field)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ReadScheme(ReadSchemeKind.BitSerial, bits, fullScale, volts).Validate());
        Assert.Equal(field, exception.ParamName);
    }

    [Fact]
    public void Analogue_QuantiseIsTheIdentityAndOnePlane()
    {
        Assert.Equal(-1.2345, ReadScheme.Analogue.Quantise(-1.2345));
        Assert.Equal(1, ReadScheme.Analogue.Planes);
        ReadScheme.Analogue.Validate();
    }

    [Fact]
    public void CellReadCurve_InvertsItselfAndMapsTheLevels()
    {
        // A made-up concave curve G_eff = G²/(G + 50 µS) at three samples.
        double[] g = [10e-6, 55e-6, 100e-6];
        var curve = new CellReadCurve(0.5, g, [.. g.Select(x => x * x / (x + 50e-6))]);
        var device = new DeviceRange(10e-6, 100e-6, Devices.Memristors.ConductanceLevels.Linear(3, 10e-6, 100e-6));

        var effective = curve.EffectiveRange(device);

        Assert.Equal(10e-6 * 10e-6 / 60e-6, effective.GminSiemens, 1e-18);
        Assert.Equal(100e-6 * 100e-6 / 150e-6, effective.GmaxSiemens, 1e-18);
        Assert.Equal(55e-6 * 55e-6 / 105e-6, effective.Levels!.ConductancesSiemens[1], 1e-18);
        Assert.Equal(55e-6, curve.Programmed(effective.Levels.ConductancesSiemens[1]), 1e-18);
        Assert.Equal(30e-6, curve.Programmed(curve.Effective(30e-6)), 1e-18);
    }

    [Fact]
    public void CellReadCurve_NotRisingWithG_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new CellReadCurve(0.5, [1e-5, 2e-5], [3e-6, 3e-6]));
    }
}
