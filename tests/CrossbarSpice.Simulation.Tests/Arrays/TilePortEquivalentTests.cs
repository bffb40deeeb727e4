using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Simulation.Arrays;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Simulation.Tests.Arrays;

/// <summary>The exact port equivalent of ohmic tiles: the Schur complement against a dense inverse, and the
/// equivalent subcircuit against the full one in ngspice.</summary>
public sealed class TilePortEquivalentTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData(3, 2, 2.0, 2.0)]
    [InlineData(4, 3, 5.0, 0.0)]
    [InlineData(2, 4, 0.0, 3.0)]
    public void Compute_SmallTile_EqualsDenseSchurComplement(int rows, int columns, double rowOhms, double columnOhms)
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(rows, columns, seed: 3)) { RowSegmentOhms = rowOhms, ColumnSegmentOhms = columnOhms };

        var y = TilePortAdmittance.Compute(tile);
        var expected = DenseSchur(tile);

        Assert.Equal(rows + columns, y.Ports);
        Assert.Equal((rowOhms > 0 ? rows * columns : 0) + (columnOhms > 0 ? rows * columns : 0), y.InternalNodes);
        var scale = 1 / 1e3;
        for (var p = 0; p < y.Ports; p++)
        {
            var rowSum = 0.0;
            for (var q = 0; q < y.Ports; q++)
            {
                Close.Assert(expected[p, q], y[p, q], 1e-12, 1e-15 * scale, $"Y[{p},{q}]");
                rowSum += y[p, q];
            }

            // No path to ground inside a tile: every row of Y sums to zero.
            Assert.True(Math.Abs(rowSum) < 1e-14, $"row {p} sums to {rowSum:R}");
        }
    }

    [Fact]
    public void Compute_SelectorTile_IsRefused()
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(2, 2, seed: 1))
        {
            RowSegmentOhms = 2,
            Selector = new ThresholdSelectorParameters(),
        };

        Assert.False(TilePortEquivalent.Applies(tile));
        Assert.Throws<ArgumentException>(() => TilePortAdmittance.Compute(tile));
    }

    /// <summary>An 8-input tile with its bias row (9 rows) and 3 differential outputs (6 columns), 2 Ω wires, driven
    /// through 100 Ω drivers into 50 Ω readout inputs, so every port moves: full and port-equivalent subcircuits give
    /// the same port voltages within 1e-9 V and the same column currents.</summary>
    [Fact]
    public void Ngspice_PortEquivalent_MatchesFullSubcircuit()
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(9, 6, seed: 11))
        {
            RowSegmentOhms = 2,
            ColumnSegmentOhms = 2,
            DriverOutputOhms = 100,
            ReadoutInputOhms = 50,
        };
        var bench = CrossbarTileNetlistBuilder.BuildTestBench(tile, ArrayCases.Volts(9, seed: 4, low: -0.5, high: 1.0));
        var equivalent = new SpiceNetlist(bench.Title, [.. bench.Items.Select(item => item is SubcircuitDefinition ? TilePortEquivalent.Build(tile) : item)]);

        var full = fixture.Engine.Run(new SimulationRequest(bench));
        var port = fixture.Engine.Run(new SimulationRequest(equivalent));

        var outside = port.Vectors.Where(v => v.Quantity == VectorQuantity.Voltage).Select(v => v.Name).ToList();
        Assert.Equal(9 + 9 + 6 + 6, outside.Count);
        foreach (var name in outside)
        {
            Assert.True(Math.Abs(full[name].Final - port[name].Final) <= 1e-9, $"{name}: full {full[name].Final:R}, port {port[name].Final:R}");
        }

        for (var j = 0; j < tile.Columns; j++)
        {
            var vector = CrossbarTileNames.ColumnCurrentVector(j);
            Close.Assert(full[vector].Final, port[vector].Final, 1e-9, 1e-15, vector);
        }

        // The full subcircuit's wire nodes are in ngspice's matrix; the equivalent has none.
        Assert.True(full.Vectors.Count(v => v.Quantity == VectorQuantity.Voltage) > outside.Count + (2 * 9 * 6) - 1);
    }

    /// <summary>Y by dense Gaussian elimination of the full nodal matrix, numbered independently of the solver.</summary>
    private static double[,] DenseSchur(CrossbarTileCircuit tile)
    {
        int rows = tile.Rows, columns = tile.Columns, ports = rows + columns;
        var names = new Dictionary<string, int>();
        for (var p = 0; p < ports; p++)
        {
            names[p < rows ? CrossbarTileNames.RowPort(p) : CrossbarTileNames.ColumnPort(p - rows)] = p;
        }

        var branches = new List<(string, string, double)>();
        var subcircuit = CrossbarTileNetlistBuilder.BuildSubcircuit(tile);
        foreach (var resistor in subcircuit.Items.OfType<Netlist.Elements.Resistor>())
        {
            branches.Add((resistor.NodePositive, resistor.NodeNegative, 1 / resistor.Resistance.NumberValue));
        }

        foreach (var (a, b, _) in branches)
        {
            names.TryAdd(a, names.Count);
            names.TryAdd(b, names.Count);
        }

        var n = names.Count;
        var m = new double[n, n];
        foreach (var (a, b, g) in branches)
        {
            int i = names[a], k = names[b];
            m[i, i] += g;
            m[k, k] += g;
            m[i, k] -= g;
            m[k, i] -= g;
        }

        // Eliminate the inner nodes one by one (Kron reduction), last first.
        for (var e = n - 1; e >= ports; e--)
        {
            for (var i = 0; i < e; i++)
            {
                var factor = m[i, e] / m[e, e];
                for (var k = 0; k < e; k++)
                {
                    m[i, k] -= factor * m[e, k];
                }
            }
        }

        var y = new double[ports, ports];
        for (var p = 0; p < ports; p++)
        {
            for (var q = 0; q < ports; q++)
            {
                y[p, q] = m[p, q];
            }
        }

        return y;
    }
}

/// <summary>The port relaxation of non-linear tiles (ngspice periphery ⇄ exact array Newton) against the full deck.</summary>
public sealed class TilePortRelaxationTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData("1S1M")]
    [InlineData("1T1M")]
    public void Relaxation_NonlinearTile_MatchesFullDeckWithin1uV(string cell)
    {
        var tile = new CrossbarTileCircuit(ArrayCases.Conductances(9, 6, seed: 13))
        {
            RowSegmentOhms = 2,
            ColumnSegmentOhms = 2,
            DriverOutputOhms = 100,
            ReadoutInputOhms = 100,
            Selector = cell == "1S1M" ? new ThresholdSelectorParameters() : null,
            AccessTransistor = cell == "1T1M" ? new AccessTransistorParameters() : null,
        };
        var bench = CrossbarTileNetlistBuilder.BuildTestBench(tile, ArrayCases.Volts(9, seed: 2, low: 0.2, high: 1.0));
        var nets = Enumerable.Range(0, 9).Select(CrossbarTileNames.RowPort).Concat(Enumerable.Range(0, 6).Select(CrossbarTileNames.ColumnPort)).ToList();

        var full = fixture.Engine.Run(new SimulationRequest(bench));
        var relaxed = TilePortRelaxation.Solve(fixture.Engine, bench, CrossbarTileNames.DefaultSubcircuit, tile, nets);

        Assert.InRange(relaxed.Iterations, 2, 20);
        Assert.True(relaxed.PortStepsVolts[^1] <= 1e-6);
        var outside = relaxed.Result.Vectors.Where(v => v.Quantity == VectorQuantity.Voltage).Select(v => v.Name).ToList();
        Assert.Equal(9 + 9 + 6 + 6, outside.Count);
        foreach (var name in outside)
        {
            Assert.True(Math.Abs(full[name].Final - relaxed.Result[name].Final) <= 1e-6, $"{name}: full {full[name].Final:R}, relaxed {relaxed.Result[name].Final:R}");
        }

        // The readouts carry real current: agreement within 1 µV is not agreement at 0 V.
        Assert.True(Enumerable.Range(0, 6).Max(j => Math.Abs(full[CrossbarTileNames.ColumnCurrentVector(j)].Final)) > 1e-5);
    }
}
