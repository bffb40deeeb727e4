using System.Diagnostics;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Arrays.Transient;

/// <summary>
/// One step response of a tile in two engines on the same deck: ngspice runs
/// <see cref="CrossbarTileNetlistBuilder.BuildStepTestBench"/> (its step capped at h), the array solver runs the same
/// tile, ramp and integration rule on ngspice's own time points (timed; then again with every wire node probed, for
/// the largest |ΔV| and |ΔI| at common points), and on its fixed grid of step h (timed).
/// </summary>
/// <remarks>
/// The deck is linear, so each of ngspice's Newton solves is exact and both engines solve the same discrete
/// equations when they take the same rule on the same points. Backward Euler: ngspice with <c>maxord=1</c> (its
/// trapezoidal rule of order 1 is backward Euler) at any tolerances. Trapezoidal: ngspice falls back to order 1 after
/// waveform corners until its truncation-error estimate lets it return to order 2, which the solver (order 1 for
/// exactly one step off each corner) follows only when the tolerances are tight (<see cref="TightOptions"/>).
/// </remarks>
public static class TileTransientComparison
{
    /// <summary>Tolerances under which ngspice's trapezoidal run keeps to the solver's order choice (and takes many
    /// more points than h requires).</summary>
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
    /// <param name="method">Integration rule of both engines.</param>
    /// <param name="ngspiceOptions">Simulator options of the ngspice run (for backward Euler <c>maxord=1</c> is added);
    /// null = <see cref="TightOptions"/> for the trapezoidal rule, ngspice's defaults for backward Euler.</param>
    /// <param name="compareNodes">Also compare every wire node's voltage (memory grows with nodes × points).</param>
    public static TileTransientComparisonResult Run(
        ISimulationEngine engine,
        CrossbarTileCircuit tile,
        IReadOnlyList<double> rowVoltsBefore,
        IReadOnlyList<double> rowVoltsAfter,
        double riseSeconds,
        double stopSeconds,
        double stepSeconds,
        TransientMethod method = TransientMethod.Trapezoidal,
        IReadOnlyList<SpiceOption>? ngspiceOptions = null,
        bool compareNodes = true)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(tile);
        List<SpiceOption> options = [.. ngspiceOptions ?? (method == TransientMethod.Trapezoidal ? TightOptions : [])];
        if (method == TransientMethod.BackwardEuler)
        {
            options.Add(new SpiceOption("maxord", 1));
        }

        var bench = CrossbarTileNetlistBuilder.BuildStepTestBench(tile, rowVoltsBefore, rowVoltsAfter, riseSeconds, stopSeconds, stepSeconds, options);
        var spice = engine.Run(new SimulationRequest(bench) { Timeout = TimeSpan.FromHours(2) });
        var spiceTimes = spice.Axis?.Values ?? throw new InvalidOperationException("ngspice returned no time axis");

        var watch = Stopwatch.StartNew();
        var onSpiceGrid = TileTransient.StepResponse(tile, rowVoltsBefore, rowVoltsAfter, new TileTransientOptions
        {
            TimePointsSeconds = [.. spiceTimes],
            RiseSeconds = riseSeconds,
            Method = method,
        });
        var onGridSeconds = watch.Elapsed.TotalSeconds;

        watch.Restart();
        var fixedGrid = TileTransient.StepResponse(tile, rowVoltsBefore, rowVoltsAfter, new TileTransientOptions
        {
            StepSeconds = stepSeconds,
            StopSeconds = stopSeconds,
            RiseSeconds = riseSeconds,
            Method = method,
        });
        var fixedSeconds = watch.Elapsed.TotalSeconds;

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

        var probed = probes.Count == 0 ? onSpiceGrid : TileTransient.StepResponse(tile, rowVoltsBefore, rowVoltsAfter, new TileTransientOptions
        {
            TimePointsSeconds = [.. spiceTimes],
            RiseSeconds = riseSeconds,
            Method = method,
            ProbeNodes = probes,
        });

        var maxVolts = 0.0;
        for (var p = 0; p < probes.Count; p++)
        {
            var reference = spice[names[p]].Values;
            for (var k = 0; k < spiceTimes.Count; k++)
            {
                maxVolts = Math.Max(maxVolts, Math.Abs(probed.ProbeVolts[k][p] - reference[k]));
            }
        }

        var maxAmps = 0.0;
        var largestAmps = 0.0;
        for (var j = 0; j < tile.Columns; j++)
        {
            var reference = spice[CrossbarTileNames.ColumnCurrentVector(j)].Values;
            for (var k = 0; k < spiceTimes.Count; k++)
            {
                maxAmps = Math.Max(maxAmps, Math.Abs(onSpiceGrid.ColumnAmps[k][j] - reference[k]));
                largestAmps = Math.Max(largestAmps, Math.Abs(reference[k]));
            }
        }

        return new TileTransientComparisonResult
        {
            NgspiceSeconds = spice.Elapsed.TotalSeconds,
            SolverOnNgspiceGridSeconds = onGridSeconds,
            SolverSeconds = fixedSeconds,
            NgspiceTimePoints = spiceTimes.Count,
            SolverTimePoints = fixedGrid.TimesSeconds.Count,
            SolverOnNgspiceGridFactorisations = onSpiceGrid.Factorisations,
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
