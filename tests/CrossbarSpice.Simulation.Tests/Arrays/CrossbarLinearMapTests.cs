using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Simulation.Tests.Arrays;

/// <summary>The linear map of ohmic tiles against direct solves of the same solver.</summary>
public sealed class CrossbarLinearMapTests
{
    [Theory]
    [InlineData(1, 1, 0.0, 0.0)]
    [InlineData(3, 2, 10.0, 0.0)]
    [InlineData(17, 9, 0.0, 500.0)]
    [InlineData(32, 32, 50.0, 1000.0)]
    public void Apply_RandomInputs_EqualsDirectSolves(int rows, int columns, double driverOhms, double readoutOhms)
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(rows, columns, seed: 5))
        {
            RowSegmentOhms = 2,
            ColumnSegmentOhms = 2,
            DriverOutputOhms = driverOhms,
            ReadoutInputOhms = readoutOhms,
        };
        using var solver = new CrossbarArraySolver(tile);
        var map = solver.ComputeLinearMap();

        for (var sample = 0; sample < 5; sample++)
        {
            var volts = ArrayCases.Volts(rows, seed: sample, low: 0.1, high: 0.5);
            var direct = solver.Solve(volts).ColumnCurrentsAmps;
            var mapped = map.Apply(volts);
            for (var j = 0; j < columns; j++)
            {
                Close.Assert(direct[j], mapped[j], 1e-12, 0, $"sample {sample} column {j}");
            }
        }
    }

    [Fact]
    public void ComputeLinearMap_IdealWires_IsTheConductanceMatrixTransposed()
    {
        var g = ArrayCases.Conductances(5, 7, seed: 9);
        using var solver = new CrossbarArraySolver(new CrossbarTileCircuit(g));

        var map = solver.ComputeLinearMap();

        for (var i = 0; i < 5; i++)
        {
            for (var j = 0; j < 7; j++)
            {
                Close.Assert(g[i, j], map[j, i], 1e-12, 0, $"T[{j},{i}] (analytic: G[{i},{j}])");
            }
        }
    }

    [Fact]
    public void ComputeLinearMap_SelectorTile_Throws()
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(2, 2, seed: 1)) { Selector = new ThresholdSelectorParameters() };
        using var solver = new CrossbarArraySolver(tile);

        Assert.Throws<InvalidOperationException>(solver.ComputeLinearMap);
    }
}
