using System.Globalization;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Simulation.Engine;
using N = CrossbarSpice.Circuits.Crossbar.CrossbarTileNames;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// A deck with a non-linear tile (1S1M selectors, 1T1M access transistors) solved by exchanging port voltages between
/// ngspice (the periphery) and the exact array Newton (<see cref="TilePortNewton"/>): the tile is solved exactly at the
/// port voltages ngspice gave last, and enters the next ngspice run as its linearisation there, I = I₀ + Y·(V − V₀)
/// (a VCCS per port pair and a current source per port), until no port moves by more than the tolerance. The
/// linearisation is the exact Jacobian, so this is Newton on the whole circuit with the array solved exactly.
/// </summary>
public static class TilePortRelaxation
{
    /// <summary>Solves <paramref name="deck"/>, whose subcircuit <paramref name="subcircuit"/> is the tile, instantiated
    /// once on the top-level nets <paramref name="portNets"/> (rows, then columns).</summary>
    /// <param name="engine">ngspice.</param>
    /// <param name="deck">The deck with the tile's full subcircuit defined in it (replaced in every run).</param>
    /// <param name="subcircuit">Name of the tile's subcircuit.</param>
    /// <param name="tile">The tile (its driver and readout resistances are in the deck, not in the subcircuit).</param>
    /// <param name="portNets">Top-level net of each port.</param>
    /// <param name="toleranceVolts">Stop when no port moves more than this between two runs, V.</param>
    /// <param name="maxIterations">Most ngspice runs.</param>
    /// <exception cref="ConvergenceException">No convergence within <paramref name="maxIterations"/>.</exception>
    public static TilePortRelaxationResult Solve(ISimulationEngine engine, SpiceNetlist deck, string subcircuit, CrossbarTileCircuit tile, IReadOnlyList<string> portNets, double toleranceVolts = 1e-6, int maxIterations = 50)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(portNets);
        using var newton = new TilePortNewton(tile);
        if (portNets.Count != newton.Ports)
        {
            throw new ArgumentException($"{portNets.Count} port nets for {newton.Ports} ports", nameof(portNets));
        }

        var volts = new double[newton.Ports];
        var steps = new List<double>();
        var newtonIterations = 0;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var (amps, siemens, inner) = newton.Solve(volts);
            newtonIterations += inner;
            var linearised = Linearised(subcircuit, tile, siemens, amps, volts);
            var run = engine.Run(new SimulationRequest(new SpiceNetlist(deck.Title, [.. deck.Items.Select(item => item is SubcircuitDefinition d && string.Equals(d.Name, subcircuit, StringComparison.OrdinalIgnoreCase) ? linearised : item)], deck.SourcePath)));
            var next = portNets.Select(n => run.Voltage(n.ToLowerInvariant())).ToArray();
            var step = next.Select((v, p) => Math.Abs(v - volts[p])).Max();
            steps.Add(step);
            if (step <= toleranceVolts)
            {
                // The mismatch left: the exact array currents at ngspice's last port voltages against the linearisation ngspice used.
                var (exact, _, more) = newton.Solve(next);
                newtonIterations += more;
                var residual = 0.0;
                for (var p = 0; p < next.Length; p++)
                {
                    var model = amps[p];
                    for (var q = 0; q < next.Length; q++)
                    {
                        model += siemens[(p * next.Length) + q] * (next[q] - volts[q]);
                    }

                    residual = Math.Max(residual, Math.Abs(exact[p] - model));
                }

                return new TilePortRelaxationResult(run, iteration, steps, residual, newtonIterations);
            }

            volts = next;
        }

        throw new ConvergenceException(
            $"port relaxation did not converge in {maxIterations} ngspice runs",
            string.Create(CultureInfo.InvariantCulture, $"last port step {steps[^1]:R} V"),
            string.Join('\n', steps.Select(s => s.ToString("R", CultureInfo.InvariantCulture))));
    }

    /// <summary>The linearised tile: G elements for Y and a current source per port for I₀ − Y·V₀.</summary>
    public static SubcircuitDefinition Linearised(string name, CrossbarTileCircuit tile, double[] siemens, double[] amps, double[] volts)
    {
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentNullException.ThrowIfNull(siemens);
        ArgumentNullException.ThrowIfNull(amps);
        ArgumentNullException.ThrowIfNull(volts);
        var ports = Enumerable.Range(0, tile.Rows).Select(N.RowPort).Concat(Enumerable.Range(0, tile.Columns).Select(N.ColumnPort)).ToList();
        var items = new List<NetlistItem> { new Comment($"linearised {tile}: I = I0 + Y (V - V0) at the exact array operating point") };
        for (var p = 0; p < ports.Count; p++)
        {
            var constant = amps[p];
            for (var q = 0; q < ports.Count; q++)
            {
                var y = siemens[(p * ports.Count) + q];
                constant -= y * volts[q];
                if (y != 0)
                {
                    // G n+ n- c+ c-: y·V(c) flows from n+ through the element to n-, out of the port into the tile.
                    items.Add(new Vccs($"G{InvariantNumber.Format(p)}_{InvariantNumber.Format(q)}", ports[p], "0", ports[q], "0", y));
                }
            }

            items.Add(new CurrentSource($"I{InvariantNumber.Format(p)}", ports[p], "0", constant));
        }

        return new SubcircuitDefinition(name, ports, items);
    }
}

/// <summary>The outcome of <see cref="TilePortRelaxation.Solve"/>.</summary>
/// <param name="Result">ngspice's last run (the periphery with the tile linearised at its exact operating point).</param>
/// <param name="Iterations">ngspice runs.</param>
/// <param name="PortStepsVolts">Largest port move of each run, V.</param>
/// <param name="ResidualAmps">Largest mismatch at a port between the exact array current at the final port voltages
/// and the linearisation ngspice used, A.</param>
/// <param name="NewtonIterations">Array Newton iterations over all runs.</param>
public sealed record TilePortRelaxationResult(SimulationResult Result, int Iterations, IReadOnlyList<double> PortStepsVolts, double ResidualAmps, int NewtonIterations);
