using System.Globalization;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Tests.Support;
using Xunit.Abstractions;

namespace CrossbarSpice.Simulation.Tests.Arrays;

/// <summary>1S1M and 1T1M tiles: the array solver's Newton iteration against ngspice on the builder's test bench.</summary>
public sealed class CrossbarArraySolverNonlinearTests(EngineFixture fixture, ITestOutputHelper output) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData(1, 1, 0.0, 0.0)]
    [InlineData(2, 3, 50.0, 1000.0)]
    [InlineData(8, 8, 0.0, 0.0)]
    [InlineData(16, 16, 50.0, 0.0)]
    [InlineData(32, 32, 0.0, 1000.0)]
    public void Solve_Selector_MatchesNgspiceWithin1e6(int rows, int columns, double driverOhms, double readoutOhms)
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(rows, columns, seed: rows + columns))
        {
            RowSegmentOhms = 2,
            ColumnSegmentOhms = 2,
            DriverOutputOhms = driverOhms,
            ReadoutInputOhms = readoutOhms,
            Selector = new ThresholdSelectorParameters(),
        };

        AssertMatchesNgspice(tile, ArrayCases.Volts(rows, seed: columns, low: 0.2, high: 1.0));
    }

    [Theory]
    [InlineData(1, 1, 0.0, 0.0, 0.1, 0.5)]
    [InlineData(2, 3, 50.0, 1000.0, 0.1, 0.5)]
    [InlineData(8, 8, 0.0, 0.0, -0.5, 0.5)]
    [InlineData(16, 16, 50.0, 0.0, 0.1, 1.0)]
    [InlineData(32, 32, 0.0, 1000.0, 0.1, 0.5)]
    public void Solve_AccessTransistor_MatchesNgspiceWithin1e6(int rows, int columns, double driverOhms, double readoutOhms, double low, double high)
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(rows, columns, seed: rows * columns))
        {
            RowSegmentOhms = 2,
            ColumnSegmentOhms = 2,
            DriverOutputOhms = driverOhms,
            ReadoutInputOhms = readoutOhms,
            AccessTransistor = new AccessTransistorParameters(),
        };

        AssertMatchesNgspice(tile, ArrayCases.Volts(rows, seed: rows, low, high));
    }

    [Fact]
    public void Solve_SelectorBelowThreshold_SuppressesCurrentLikeNgspice()
    {
        var tile = new CrossbarTileCircuit(new double[,] { { 1 / 5e3 } }) { Selector = new ThresholdSelectorParameters() };
        using var solver = new CrossbarArraySolver(tile);

        var read = solver.Solve([0.5]).ColumnCurrentsAmps[0];

        // docs/circuits.md §10.4: 1S1M with 5 kΩ reads 29.6 µA at 0.5 V instead of 100 µA.
        Close.Assert(29.6e-6, read, 0.005, 0, "1S1M read current at 0.5 V (design notes §10.4)");
    }

    private void AssertMatchesNgspice(CrossbarTileCircuit tile, double[] volts)
    {
        var expected = ArrayCases.NgspiceColumnCurrents(fixture.Engine, tile, volts);
        using var solver = new CrossbarArraySolver(tile);

        var solution = solver.Solve(volts);

        var difference = ArrayCases.MaxRelativeDifference(expected, solution.ColumnCurrentsAmps);
        output.WriteLine(FormattableString.Invariant($"{tile}: max rel diff {difference:0.0E+0}, {solution.NewtonIterations} Newton iterations"));
        Assert.True(
            difference <= 1e-6,
            $"{tile}: max relative difference {difference.ToString("R", CultureInfo.InvariantCulture)} > 1e-6 after {solution.NewtonIterations} Newton iterations");
    }
}
