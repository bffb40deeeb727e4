using System.Globalization;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Tests.Support;
using Xunit.Abstractions;

namespace CrossbarSpice.Simulation.Tests.Arrays;

/// <summary>Ohmic tiles: the array solver against ngspice (in-process) on the netlist builder's test bench.</summary>
public sealed class CrossbarArraySolverOhmicTests(EngineFixture fixture, ITestOutputHelper output) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData(1, 1, 0.0, 0.0)]
    [InlineData(2, 3, 0.0, 0.0)]
    [InlineData(2, 3, 50.0, 1000.0)]
    [InlineData(8, 8, 0.0, 0.0)]
    [InlineData(8, 8, 50.0, 0.0)]
    [InlineData(8, 8, 0.0, 1000.0)]
    [InlineData(16, 16, 50.0, 1000.0)]
    [InlineData(32, 32, 0.0, 0.0)]
    [InlineData(32, 32, 50.0, 1000.0)]
    public void Solve_TwoOhmSegments_MatchesNgspiceWithin1e9(int rows, int columns, double driverOhms, double readoutOhms)
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(rows, columns, seed: rows * 100 + columns))
        {
            RowSegmentOhms = 2,
            ColumnSegmentOhms = 2,
            DriverOutputOhms = driverOhms,
            ReadoutInputOhms = readoutOhms,
        };
        var volts = ArrayCases.Volts(rows, seed: rows, low: 0.1, high: 0.5);
        var expected = ArrayCases.NgspiceColumnCurrents(fixture.Engine, tile, volts);

        using var solver = new CrossbarArraySolver(tile);
        var actual = solver.Solve(volts).ColumnCurrentsAmps;

        var difference = ArrayCases.MaxRelativeDifference(expected, actual);
        output.WriteLine(FormattableString.Invariant($"{tile}: max rel diff {difference:0.0E+0}"));
        Assert.True(difference <= 1e-9, $"{tile}: max relative difference {difference.ToString("R", CultureInfo.InvariantCulture)} > 1e-9");
    }

    [Theory]
    [InlineData(0.0, 2.0)]
    [InlineData(2.0, 0.0)]
    public void Solve_OneIdealWireDirection_MatchesNgspiceWithin1e9(double rowOhms, double columnOhms)
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(8, 5, seed: 3))
        {
            RowSegmentOhms = rowOhms,
            ColumnSegmentOhms = columnOhms,
            DriverOutputOhms = 10,
        };
        var volts = ArrayCases.Volts(8, seed: 5, low: 0.1, high: 0.5);
        var expected = ArrayCases.NgspiceColumnCurrents(fixture.Engine, tile, volts);

        using var solver = new CrossbarArraySolver(tile);

        Assert.True(ArrayCases.MaxRelativeDifference(expected, solver.Solve(volts).ColumnCurrentsAmps) <= 1e-9);
    }

    [Fact]
    public void Solve_IdealWiresAndPeriphery_GivesVTimesGExactly()
    {
        var g = ArrayCases.Conductances(6, 4, seed: 11);
        var volts = ArrayCases.Volts(6, seed: 11, low: -0.5, high: 0.5);
        using var solver = new CrossbarArraySolver(new CrossbarTileCircuit(g));

        var actual = solver.Solve(volts).ColumnCurrentsAmps;

        for (var j = 0; j < 4; j++)
        {
            var expected = Enumerable.Range(0, 6).Sum(i => volts[i] * g[i, j]);
            Close.Assert(expected, actual[j], 1e-12, 0, $"column {j} (analytic Σ V·G)");
        }
    }

    [Fact]
    public void Solve_NodeVoltages_MatchNgspiceNodeVectors()
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(4, 3, seed: 2))
        {
            RowSegmentOhms = 2,
            ColumnSegmentOhms = 3,
            DriverOutputOhms = 20,
            ReadoutInputOhms = 500,
        };
        var volts = ArrayCases.Volts(4, seed: 2, low: 0.1, high: 0.5);
        var bench = CrossbarTileNetlistBuilder.BuildTestBench(tile, volts);
        var result = fixture.Engine.Run(new Engine.SimulationRequest(bench));
        using var solver = new CrossbarArraySolver(tile);

        var solution = solver.Solve(volts);

        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var row = result[CrossbarTileNames.NodeVoltageVector(CrossbarTileNames.RowNode(tile, i, j))].Final;
                var column = result[CrossbarTileNames.NodeVoltageVector(CrossbarTileNames.ColumnNode(tile, i, j))].Final;
                Close.Assert(row, solution.RowNodeVolts(i, j), 1e-9, 1e-15, $"row node ({i},{j})");
                Close.Assert(column, solution.ColumnNodeVolts(i, j), 1e-9, 1e-15, $"column node ({i},{j})");
            }
        }
    }

    [Fact]
    public void Solve_AfterDispose_ThrowsObjectDisposed()
    {
        var g = ArrayCases.Conductances(3, 2, seed: 5);
        var solver = new CrossbarArraySolver(new CrossbarTileCircuit(g) { RowSegmentOhms = 2, ColumnSegmentOhms = 2 });
        solver.Dispose();
        var volts = ArrayCases.Volts(3, seed: 5, low: 0.1, high: 0.5);

        Assert.Throws<ObjectDisposedException>(() => solver.Solve(volts));
        Assert.Throws<ObjectDisposedException>(() => solver.ComputeLinearMap());
        Assert.Throws<ObjectDisposedException>(() => solver.Statistics);
    }
}
