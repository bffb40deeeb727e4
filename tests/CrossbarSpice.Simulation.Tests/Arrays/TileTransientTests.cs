using System.Globalization;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Arrays.Transient;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Tests.Support;
using Xunit.Abstractions;

namespace CrossbarSpice.Simulation.Tests.Arrays;

/// <summary>The array solver's transient mode: against ngspice on the same deck, against the analytic RC step, and
/// the DC results that wire capacitance must leave unchanged.</summary>
public sealed class TileTransientTests(EngineFixture fixture, ITestOutputHelper output) : IClassFixture<EngineFixture>
{
    /// <summary>The wire card's segment capacitance (device-cards/wire-2ohm.json), F.</summary>
    private const double SegmentFarads = 6.93e-16;

    [Theory]
    [InlineData(100.0, 0.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(100.0, 500.0)]
    public void StepResponse_8x6WithWireRc_MatchesNgspiceOnTheSameDeckWithin1MicroVolt(double driverOhms, double readoutOhms)
    {
        var tile = RcTile(8, 6, seed: 3, driverOhms, readoutOhms);
        var before = ArrayCases.Volts(8, seed: 1, low: 0, high: 0.5);
        var after = ArrayCases.Volts(8, seed: 2, low: 0, high: 0.5);

        var comparison = TileTransientComparison.Run(fixture.Engine, tile, before, after, riseSeconds: 1e-12, stopSeconds: 40e-12, stepSeconds: 0.1e-12);

        output.WriteLine(FormattableString.Invariant(
            $"{tile}: {comparison.ComparedNodes} nodes, {comparison.NgspiceTimePoints} points, max |dV| {comparison.MaxNodeVoltsDifference:0.00E+0} V, max |dI| {comparison.MaxColumnAmpsDifference:0.00E+0} A of {comparison.LargestColumnAmps:0.00E+0} A"));
        Assert.Equal(2 * 8 * 6, comparison.ComparedNodes);
        Assert.True(comparison.MaxNodeVoltsDifference <= 1e-6, $"max |ΔV| {comparison.MaxNodeVoltsDifference.ToString("R", CultureInfo.InvariantCulture)} V > 1e-6 V");
        Assert.True(comparison.MaxColumnAmpsDifference <= 1e-6 * comparison.LargestColumnAmps, $"max |ΔI| {comparison.MaxColumnAmpsDifference.ToString("R", CultureInfo.InvariantCulture)} A");
    }

    [Theory]
    [InlineData(TransientMethod.Trapezoidal, 1e-3, 1e-6, 3)]
    [InlineData(TransientMethod.BackwardEuler, 1e-4, 1e-4, 2)]
    public void StepResponse_OneCellRc_FollowsTheExponential(TransientMethod method, double stepPerTau, double tolerance, int factorisations)
    {
        // Row 0: ideal source → 1 kΩ driver → port → 9 kΩ segment → node r0_0 (C to ground) → cell 10 kΩ → virtual
        // ground. Node voltage V·g1/(g1+gc)·(1 − e^(−t/τ)), τ = C/(g1+gc), g1 = 1/10 kΩ.
        var tile = new CrossbarTileCircuit(new double[,] { { 1e-4 } })
        {
            DriverOutputOhms = 1e3,
            RowSegmentOhms = 9e3,
            RowSegmentFarads = 1e-12,
        };
        var tau = 1e-12 / (1e-4 + 1e-4);
        var result = TileTransient.StepResponse(tile, [0.0], [1.0], new TileTransientOptions
        {
            StepSeconds = stepPerTau * tau,
            StopSeconds = 5 * tau,
            Method = method,
            ProbeNodes = [TileNode.RowWire(0, 0)],
        });

        for (var k = 0; k < result.TimesSeconds.Count; k += 97)
        {
            var expected = 0.5 * (1 - Math.Exp(-result.TimesSeconds[k] / tau));
            Close.Assert(expected, result.ProbeVolts[k][0], 0, tolerance * 0.5, $"v(r0_0) at t = {result.TimesSeconds[k]:R} s");
            Close.Assert(expected * 1e-4, result.ColumnAmps[k][0], 0, tolerance * 0.5e-4, $"i(col0) at t = {result.TimesSeconds[k]:R} s");
        }

        // DC once, then one per (step size, rule): the trapezoidal run's first step, off the step at t = 0, is backward Euler.
        Assert.Equal(factorisations, result.Factorisations);
        Close.Assert(0.5e-4, result.SteadyColumnAmps[0], 1e-15, 0, "steady column current");
    }

    [Fact]
    public void SettleSeconds_OneCellRc_IsTauTimesLnOfTheBand()
    {
        var tile = new CrossbarTileCircuit(new double[,] { { 1e-4 } }) { RowSegmentOhms = 1e4, RowSegmentFarads = 1e-12 };
        var tau = 1e-12 / 2e-4;
        var step = tau / 1000;
        var result = TileTransient.StepResponse(tile, [0.0], [1.0], new TileTransientOptions { StepSeconds = step, StopSeconds = 10 * tau });

        var settle = result.SettleSeconds(1e-3, 0);

        // |I − I∞| = I∞·e^(−t/τ) ≤ 1e-3·I∞ from t = τ·ln 1000 on; the first grid point at or after it.
        Assert.InRange(settle, (tau * Math.Log(1000)) - (0.01 * step), (tau * Math.Log(1000)) + (1.01 * step));
        var tooShort = TileTransient.StepResponse(tile, [0.0], [1.0], new TileTransientOptions { StepSeconds = step, StopSeconds = 2 * tau });
        Assert.Equal(double.PositiveInfinity, tooShort.SettleSeconds(1e-3, 0));
        Assert.Equal(0, result.SettleSeconds(0, 1));

        // The first moment of 1 − e^(−t/τ) over 10 τ is τ·(1 − e^(−10)).
        Close.Assert(tau * (1 - Math.Exp(-10)), result.FirstMomentSeconds(0), 1e-5, 0, "first moment");
    }

    [Fact]
    public void WireCapacitance_LeavesEveryDcResultUnchanged()
    {
        var plain = RcTile(8, 6, seed: 4, driverOhms: 100, readoutOhms: 0, farads: 0);
        var withC = RcTile(8, 6, seed: 4, driverOhms: 100, readoutOhms: 0);
        var volts = ArrayCases.Volts(8, seed: 9, low: 0.1, high: 0.5);

        using var plainSolver = new CrossbarArraySolver(plain);
        using var capacitiveSolver = new CrossbarArraySolver(withC);
        Assert.Equal(plainSolver.Solve(volts).ColumnCurrentsAmps, capacitiveSolver.Solve(volts).ColumnCurrentsAmps);

        var plainSpice = ArrayCases.NgspiceColumnCurrents(fixture.Engine, plain, volts);
        var capacitiveSpice = ArrayCases.NgspiceColumnCurrents(fixture.Engine, withC, volts);
        Assert.True(ArrayCases.MaxRelativeDifference(plainSpice, capacitiveSpice) <= 1e-12);

        var bench = CrossbarTileNetlistBuilder.BuildTestBench(withC, volts);
        var capacitors = bench.Items.OfType<Netlist.Directives.SubcircuitDefinition>().Single().Items.OfType<Netlist.Elements.Capacitor>().Count();
        Assert.Equal(2 * 8 * 6, capacitors);
    }

    [Fact]
    public void StepResponse_SelectorTile_IsRefusedWithTheReason()
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(2, 2, seed: 1)) { RowSegmentOhms = 2, Selector = new ThresholdSelectorParameters() };

        var error = Assert.Throws<ArgumentException>(() => TileTransient.StepResponse(tile, [0.0, 0.0], [0.1, 0.1], new TileTransientOptions { StepSeconds = 1e-12, StopSeconds = 1e-11 }));

        Assert.Contains("ohmic cells only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepResponse_BothMethods_EndAtTheDcSolverAnswer()
    {
        var tile = RcTile(8, 6, seed: 5, driverOhms: 100, readoutOhms: 0);
        var before = ArrayCases.Volts(8, seed: 3, low: 0, high: 0.5);
        var after = ArrayCases.Volts(8, seed: 4, low: 0, high: 0.5);
        using var solver = new CrossbarArraySolver(tile);
        var dcAfter = solver.Solve(after).ColumnCurrentsAmps;
        var dcBefore = solver.Solve(before).ColumnCurrentsAmps;

        foreach (var method in new[] { TransientMethod.BackwardEuler, TransientMethod.Trapezoidal })
        {
            var result = TileTransient.StepResponse(tile, before, after, new TileTransientOptions { StepSeconds = 0.05e-12, StopSeconds = 200e-12, Method = method });
            for (var j = 0; j < 6; j++)
            {
                Close.Assert(dcBefore[j], result.ColumnAmps[0][j], 1e-12, 0, $"{method} column {j} at t = 0");
                Close.Assert(dcAfter[j], result.SteadyColumnAmps[j], 1e-12, 0, $"{method} column {j} steady");
                Close.Assert(dcAfter[j], result.ColumnAmps[^1][j], 1e-9, 0, $"{method} column {j} at 200 ps");
            }
        }
    }

    private static CrossbarTileCircuit RcTile(int rows, int columns, int seed, double driverOhms, double readoutOhms, double farads = SegmentFarads) =>
        new(ArrayCases.Conductances(rows, columns, seed))
        {
            RowSegmentOhms = 2,
            ColumnSegmentOhms = 2,
            RowSegmentFarads = farads,
            ColumnSegmentFarads = farads,
            DriverOutputOhms = driverOhms,
            ReadoutInputOhms = readoutOhms,
        };
}
