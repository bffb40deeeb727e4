using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Simulation.Arrays;

namespace CrossbarSpice.Simulation.Tests.Arrays;

/// <summary>Read power of a solved tile: Σ V_row·I_row of the sources against Σ over the elements.</summary>
public sealed class CrossbarSolutionPowerTests
{
    [Fact]
    public void SourceWatts_IdealWires_IsSumOfVSquaredG()
    {
        // Analytic: without wire, driver or readout resistance each cell has its row voltage across it.
        var g = ArrayCases.Conductances(3, 4, seed: 7);
        double[] volts = [0.2, -0.5, 0.35];
        using var solver = new CrossbarArraySolver(new CrossbarTileCircuit(g));

        var solution = solver.Solve(volts);

        var expected = 0.0;
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                expected += volts[r] * volts[r] * g[r, c];
            }
        }

        Assert.Equal(expected, solution.SourceWatts, 1e-15);
        Assert.Equal(expected, solution.DissipatedWatts, 1e-15);
    }

    [Theory]
    [InlineData("passive")]
    [InlineData("1S1M")]
    [InlineData("1T1M")]
    public void SourceWatts_WiredTile_EqualsPowerDissipatedInEveryElement(string cell)
    {
        // Energy conservation: the sources' power ends in the drivers, wires, cells and readout inputs (the readout
        // virtual grounds sit at 0 V), so the two sums agree to the solver's convergence.
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(16, 12, seed: 3))
        {
            RowSegmentOhms = 2,
            ColumnSegmentOhms = 2,
            DriverOutputOhms = 50,
            ReadoutInputOhms = 100,
            Selector = cell == "1S1M" ? new ThresholdSelectorParameters() : null,
            AccessTransistor = cell == "1T1M" ? new AccessTransistorParameters() : null,
        };
        using var solver = new CrossbarArraySolver(tile);

        var solution = solver.Solve(ArrayCases.Volts(16, seed: 5, low: 0.2, high: 1.0));

        Assert.True(solution.SourceWatts > 0);
        Assert.True(Math.Abs(solution.SourceWatts - solution.DissipatedWatts) <= 1e-7 * solution.SourceWatts,
            $"sources {solution.SourceWatts} W, elements {solution.DissipatedWatts} W");
    }
}
