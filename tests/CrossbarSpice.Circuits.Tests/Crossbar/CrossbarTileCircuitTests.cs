using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Circuits.Tests.Crossbar;

public sealed class CrossbarTileCircuitTests
{
    [Fact]
    public void Constructor_CopiesConductancesRowMajor()
    {
        var g = new double[,] { { 1e-4, 2e-4, 3e-4 }, { 4e-4, 5e-4, 6e-4 } };
        var tile = new CrossbarTileCircuit(g);
        g[0, 0] = 1;

        Assert.Equal((2, 3), (tile.Rows, tile.Columns));
        Assert.Equal(1e-4, tile.ConductanceSiemens(0, 0));
        Assert.Equal(6e-4, tile.ConductancesSiemens[5]);
        Assert.Equal(CrossbarCellKind.Ohmic, tile.CellKind);
    }

    [Fact]
    public void Constructor_NegativeConductance_Throws() =>
        Assert.Throws<ArgumentException>(() => new CrossbarTileCircuit(new double[,] { { -1e-4 } }));

    [Fact]
    public void Init_NegativeSegment_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CrossbarTileCircuit(new double[,] { { 1e-4 } }) { RowSegmentOhms = -1 });

    [Fact]
    public void Init_SelectorAndTransistor_Throws() =>
        Assert.Throws<ArgumentException>(() => new CrossbarTileCircuit(new double[,] { { 1e-4 } })
        {
            Selector = new ThresholdSelectorParameters(),
            AccessTransistor = new AccessTransistorParameters(),
        });

    [Theory]
    [InlineData(0.1, 0.13e-9)]
    [InlineData(0.3, 2e-6)]
    [InlineData(0.4, 0.2e-3)]
    [InlineData(1.0, 1e-3)]
    public void SelectorCurrent_DefaultParameters_MatchesDesignNotes(double volts, double amps)
    {
        // docs/circuits.md §10.4: 0.13 nA at 0.1 V, 2 µA at 0.3 V, 0.2 mA at 0.4 V, 1 mA at 1 V (rounded there).
        var current = new ThresholdSelectorParameters().Current(volts);

        Assert.InRange(current, amps * 0.85, amps * 1.15);
    }
}
