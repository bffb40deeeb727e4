using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Simulation.Arrays.Transient;

/// <summary>
/// The time stepping behind <see cref="TileTransient"/>: the DC solver's network and matrix G with a diagonal C added,
/// factored by KLU once for G (the operating points) and once per distinct step size h for G + α·C/h (α = 1 backward
/// Euler, 2 trapezoidal), reusing the symbolic analysis and the pivot order. Not thread-safe.
/// </summary>
internal sealed class RcArrayStepper : IDisposable
{
    /// <summary>Steps whose sizes differ by less than this fraction share one factorisation.</summary>
    private const double SameStep = 1e-9;

    private readonly ArrayNetwork network;
    private readonly ArrayAssembly assembly;
    private readonly ArrayEvaluator evaluator;
    private readonly double[] farads;
    private readonly int[] diagonalSlot;
    private readonly double[] values;
    private readonly SparseLu? lu;
    private double factoredStep = double.NaN;
    private double factoredAlpha = double.NaN;
    private int factorisations;

    public RcArrayStepper(CrossbarTileCircuit tile)
    {
        network = ArrayNetwork.Build(tile);
        assembly = ArrayAssembly.Build(network);
        evaluator = new ArrayEvaluator(assembly);
        var n = network.Unknowns;
        farads = new double[n];
        for (var at = 0; at < network.RowNode.Length; at++)
        {
            AddCapacitance(network.RowNode[at], tile.RowSegmentFarads);
            AddCapacitance(network.ColumnNode[at], tile.ColumnSegmentFarads);
        }

        diagonalSlot = new int[n];
        for (var k = 0; k < n; k++)
        {
            diagonalSlot[k] = Array.IndexOf(assembly.RowIndices, k, assembly.ColumnPointers[k], assembly.ColumnPointers[k + 1] - assembly.ColumnPointers[k]);
        }

        values = new double[assembly.LinearValues.Length];
        lu = n > 0 ? new SparseLu(n, assembly.ColumnPointers, assembly.RowIndices) : null;
    }

    // One long loop per call: compiled optimised at once rather than promoted through the tiers mid-run.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public TileTransientResult Run(IReadOnlyList<RowWaveform> waveforms, double[] times, TransientMethod method, IReadOnlyList<TileNode> probes)
    {
        var n = network.Unknowns;
        var tile = network.Tile;
        var u = new double[tile.Rows];
        var x = new double[n];
        var rhs = new double[n];
        var columnAmps = new double[times.Length][];
        var probeVolts = new double[times.Length][];

        // The final operating point first, then the initial one, both on G.
        var steady = new double[tile.Columns];
        for (var i = 0; i < tile.Rows; i++)
        {
            u[i] = waveforms[i].FinalVolts;
        }

        Factor(0, 0);
        SolveDc(u, x);
        evaluator.ColumnCurrents(x, u, steady);
        for (var i = 0; i < tile.Rows; i++)
        {
            u[i] = waveforms[i].InitialVolts;
        }

        SolveDc(u, x);
        Record(0, x, u, columnAmps, probeVolts, probes);

        // Every corner of a row waveform (t = 0 included) is a breakpoint: the step that leaves it is backward Euler,
        // as in SPICE. A trapezoidal step from a corner would start from capacitor currents that the corner made stale
        // (an ideal step changes them at once), and the rule's undamped stiff modes (h ≫ a node's own RC) would ring.
        var breakpoints = waveforms.SelectMany(w => w.Points.Select(p => p.TimeSeconds)).Append(0.0).Distinct().Order().ToArray();
        var capacitorAmps = new double[n];
        var next = new double[n];
        for (var step = 1; step < times.Length; step++)
        {
            var h = times[step] - times[step - 1];
            var fromBreakpoint = IsBreakpoint(breakpoints, times[step - 1], h);
            var alpha = method == TransientMethod.Trapezoidal && !fromBreakpoint ? 2.0 : 1.0;
            if (!(Math.Abs(h - factoredStep) <= SameStep * factoredStep) || alpha != factoredAlpha)
            {
                Factor(alpha, h);
            }

            h = factoredStep;
            for (var i = 0; i < tile.Rows; i++)
            {
                u[i] = waveforms[i].At(times[step]);
            }

            Array.Clear(rhs);
            Couple(u, rhs);
            for (var k = 0; k < n; k++)
            {
                rhs[k] += alpha * farads[k] / h * x[k];
                if (alpha == 2)
                {
                    rhs[k] += capacitorAmps[k];
                }
            }

            rhs.CopyTo(next, 0);
            lu?.Solve(next, 1);

            // The capacitor currents C·dx/dt at the new point, as the rule just used defines them (the trapezoidal
            // rule's next step needs them).
            for (var k = 0; k < n; k++)
            {
                capacitorAmps[k] = farads[k] == 0 ? 0
                    : alpha == 2 ? (2 * farads[k] / h * (next[k] - x[k])) - capacitorAmps[k]
                    : farads[k] / h * (next[k] - x[k]);
            }

            (x, next) = (next, x);
            Record(step, x, u, columnAmps, probeVolts, probes);
        }

        return new TileTransientResult(times, columnAmps, probeVolts, steady, factorisations);
    }

    public void Dispose() => lu?.Dispose();

    /// <summary>Whether <paramref name="time"/> is one of the sorted <paramref name="breakpoints"/> (to within a
    /// billionth of the step <paramref name="h"/>, the rounding of accumulated time points).</summary>
    private static bool IsBreakpoint(double[] breakpoints, double time, double h)
    {
        var k = Array.BinarySearch(breakpoints, time);
        if (k >= 0)
        {
            return true;
        }

        var right = ~k;
        return (right < breakpoints.Length && breakpoints[right] - time <= SameStep * h)
            || (right > 0 && time - breakpoints[right - 1] <= SameStep * h);
    }

    /// <summary>Capacitors on a source node or a virtual ground hold a fixed voltage: they carry no current that the
    /// outputs count, so only unknown nodes take them.</summary>
    private void AddCapacitance(int terminal, double capacitance)
    {
        if (TerminalCode.IsUnknown(terminal))
        {
            farads[terminal] += capacitance;
        }
    }

    /// <summary>Factors G + α·C/h (α = 0: G alone, the DC matrix).</summary>
    private void Factor(double alpha, double h)
    {
        assembly.LinearValues.CopyTo(values, 0);
        if (alpha > 0)
        {
            for (var k = 0; k < farads.Length; k++)
            {
                values[diagonalSlot[k]] += alpha * farads[k] / h;
            }
        }

        lu?.Factor(values, reusePivots: factorisations > 0);
        factorisations++;
        factoredStep = h;
        factoredAlpha = alpha;
    }

    private void SolveDc(double[] u, double[] x)
    {
        Array.Clear(x);
        Couple(u, x);
        lu?.Solve(x, 1);
    }

    /// <summary>Adds B·u (the row sources' currents into their neighbour nodes) to <paramref name="target"/>.</summary>
    private void Couple(double[] u, double[] target)
    {
        foreach (var (unknown, row, siemens) in assembly.SourceCoupling)
        {
            target[unknown] += siemens * u[row];
        }
    }

    private void Record(int step, double[] x, double[] u, double[][] columnAmps, double[][] probeVolts, IReadOnlyList<TileNode> probes)
    {
        var amps = new double[network.Tile.Columns];
        evaluator.ColumnCurrents(x, u, amps);
        columnAmps[step] = amps;
        var volts = new double[probes.Count];
        for (var p = 0; p < probes.Count; p++)
        {
            var at = (probes[p].Row * network.Tile.Columns) + probes[p].Column;
            var terminal = probes[p].OnColumn ? network.ColumnNode[at] : network.RowNode[at];
            volts[p] = TerminalCode.Voltage(terminal, x, u);
        }

        probeVolts[step] = volts;
    }
}
