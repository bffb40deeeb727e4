using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Simulation.Tests.Arrays;

/// <summary>Seeded random tiles and inputs, and the ngspice reference run on the builder's test bench.</summary>
internal static class ArrayCases
{
    /// <summary>Conductances uniform in [1/12 kΩ, 1/1 kΩ], fixed seed.</summary>
    public static double[,] Conductances(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var g = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                g[i, j] = (1.0 / 12e3) + (random.NextDouble() * ((1.0 / 1e3) - (1.0 / 12e3)));
            }
        }

        return g;
    }

    /// <summary>Row voltages uniform in [<paramref name="low"/>, <paramref name="high"/>] V, fixed seed.</summary>
    public static double[] Volts(int rows, int seed, double low, double high)
    {
        var random = new Random(seed + 7919);
        return [.. Enumerable.Range(0, rows).Select(_ => low + (random.NextDouble() * (high - low)))];
    }

    /// <summary>ngspice's column currents (i(vcol{j})) for the builder's test bench.</summary>
    public static double[] NgspiceColumnCurrents(NgspiceEngine engine, CrossbarTileCircuit tile, double[] rowVolts, IReadOnlyList<SpiceOption>? options = null)
    {
        var bench = CrossbarTileNetlistBuilder.BuildTestBench(tile, rowVolts, options);
        var result = engine.Run(new SimulationRequest(bench));
        return [.. Enumerable.Range(0, tile.Columns).Select(j => result[CrossbarTileNames.ColumnCurrentVector(j)].Final)];
    }

    /// <summary>Largest |a − e| / |e| over the columns.</summary>
    public static double MaxRelativeDifference(IReadOnlyList<double> expected, IReadOnlyList<double> actual) =>
        expected.Select((e, j) => Math.Abs(actual[j] - e) / Math.Abs(e)).Max();
}
