using System.Diagnostics;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Arrays.Transient;

/// <summary>
/// One step response of a tile in two engines on the same deck: ngspice runs
/// <see cref="CrossbarTileNetlistBuilder.BuildStepTestBench"/> (trapezoidal, its default; its step capped at h), the array solver
/// runs the same tile and ramp (a) on ngspice's own time points, for the difference of every wire node's voltage and
/// every column current at common points, and (b) on its fixed grid of step h, timed, for the speed ratio.
/// </summary>
public static class TileTransientComparison
{
    /// <summary>The default simulator options of the ngspice run: truncation-error tolerances tight enough that ngspice
    /// keeps to the trapezoidal rule between waveform corners (at its defaults it falls back to backward Euler on some
    /// steps, which the solver does not follow), with no effect on its Newton solves (exact for a linear deck).</summary>
    public static IReadOnlyList<SpiceOption> TightOptions { get; } =
    [
        new("reltol", 1e-9), new("abstol", 1e-15), new("vntol", 1e-12), new("chgtol", 1e-20),
    ];

    /// <summary>Runs both engines.</summary>
    /// <param name="engine">ngspice (or another engine taking the same deck).</param>
    /// <param name="tile">An ohmic tile.</param>
    /// <param name="rowVoltsBefore">Row source voltages before the step, V.</param>
    /// <param name="rowVoltsAfter">Row source voltages after it, V.</param>
    /// <param name="riseSeconds">Ramp time of the step, s, &gt; 0.</param>
    /// <param name="stopSeconds">End of the run, s.</param>
    /// <param name="stepSeconds">Fixed step of the solver and ngspice's largest step, s.</param>
    /// <param name="compareNodes">Also compare every wire node's voltage (costs memory on large tiles).</param>
    /// <param name="ngspiceOptions">Simulator options of the ngspice run; null = <see cref="TightOptions"/>.</param>
    public static TileTransientComparisonResult Run(
        ISimulationEngine engine,
        CrossbarTileCircuit tile,
        IReadOnlyList<double> rowVoltsBefore,
        IReadOnlyList<double> rowVoltsAfter,
        double riseSeconds,
        double stopSeconds,
        double stepSeconds,
        bool compareNodes = true,
        IReadOnlyList<SpiceOption>? ngspiceOptions = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(tile);
        var bench = CrossbarTileNetlistBuilder.BuildStepTestBench(tile, rowVoltsBefore, rowVoltsAfter, riseSeconds, stopSeconds, stepSeconds, ngspiceOptions ?? TightOptions);
        var spice = engine.Run(new SimulationRequest(bench) { Timeout = TimeSpan.FromHours(1) });
        var spiceTimes = spice.Axis?.Values ?? throw new InvalidOperationException("ngspice returned no time axis");

        var probes = new List<TileNode>();
        var names = new List<string>();
        if (compareNodes)
        {
            for (var i = 0; i < tile.Rows; i++)
            {
                for (var j = 0; j < tile.Columns; j++)
                {
                    AddProbe(TileNode.RowWire(i, j), CrossbarTileNames.RowNode(tile, i, j));
                    AddProbe(TileNode.ColumnWire(i, j), CrossbarTileNames.ColumnNode(tile, i, j));
                }
            }
        }

        var onSpiceGrid = TileTransient.StepResponse(tile, rowVoltsBefore, rowVoltsAfter, new TileTransientOptions
        {
            TimePointsSeconds = [.. spiceTimes],
            RiseSeconds = riseSeconds,
            ProbeNodes = probes,
        });

        var maxVolts = 0.0;
        var maxAmps = 0.0;
        var largestAmps = 0.0;
        for (var k = 0; k < spiceTimes.Count; k++)
        {
            for (var p = 0; p < probes.Count; p++)
            {
                maxVolts = Math.Max(maxVolts, Math.Abs(onSpiceGrid.ProbeVolts[k][p] - spice[names[p]].Values[k]));
            }

            for (var j = 0; j < tile.Columns; j++)
            {
                var reference = spice[CrossbarTileNames.ColumnCurrentVector(j)].Values[k];
                maxAmps = Math.Max(maxAmps, Math.Abs(onSpiceGrid.ColumnAmps[k][j] - reference));
                largestAmps = Math.Max(largestAmps, Math.Abs(reference));
            }
        }

        var watch = Stopwatch.StartNew();
        var fixedGrid = TileTransient.StepResponse(tile, rowVoltsBefore, rowVoltsAfter, new TileTransientOptions
        {
            StepSeconds = stepSeconds,
            StopSeconds = stopSeconds,
            RiseSeconds = riseSeconds,
        });
        var solverSeconds = watch.Elapsed.TotalSeconds;

        return new TileTransientComparisonResult
        {
            NgspiceSeconds = spice.Elapsed.TotalSeconds,
            SolverSeconds = solverSeconds,
            NgspiceTimePoints = spiceTimes.Count,
            SolverTimePoints = fixedGrid.TimesSeconds.Count,
            SolverFactorisations = fixedGrid.Factorisations,
            MaxNodeVoltsDifference = maxVolts,
            ComparedNodes = probes.Count,
            MaxColumnAmpsDifference = maxAmps,
            LargestColumnAmps = largestAmps,
            Ngspice = spice,
            OnNgspiceGrid = onSpiceGrid,
            FixedGrid = fixedGrid,
        };

        void AddProbe(TileNode node, string subcircuitNode)
        {
            var name = CrossbarTileNames.NodeVoltageVector(subcircuitNode);
            if (spice.Contains(name))
            {
                probes.Add(node);
                names.Add(name);
            }
        }
    }
}
