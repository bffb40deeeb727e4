using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// A tile's subcircuit (any cell kind) solved exactly with every port held at a given voltage: damped Newton on its
/// inner nodes (wire nodes, cell middle nodes) with KLU, then the currents into the ports and their Jacobian by the
/// port voltages, Y = J_pp − J_pi·J_ii⁻¹·J_ip at the solution (the Schur complement of the Newton matrix). With
/// <see cref="TilePortRelaxation"/> this linearises the array at its exact operating point for ngspice.
/// </summary>
/// <remarks>Devices as <see cref="CrossbarTileNetlistBuilder.BuildSubcircuit"/> writes them: the selector's B-source
/// (<see cref="SelectorModel"/>), the access transistor's Level-1 NMOS (<see cref="Level1Nmos"/>) with ngspice's GMIN
/// from drain and source to the grounded bulk. Ports: rows 0 … R−1, then columns 0 … C−1.</remarks>
public sealed class TilePortNewton : IDisposable
{
    private const int Ground = -1;
    private readonly CrossbarTileCircuit tile;
    private readonly int ports;
    private readonly int inner;
    private readonly List<(int A, int B, double G)> linear = [];
    private readonly List<(int A, int B)> devices = [];
    private readonly Level1Nmos? transistor;
    private readonly SparseLu lu;
    private readonly int[] linearSlots;
    private readonly int[] deviceSlots;
    private readonly double[] matrix;
    private readonly double[] x;

    /// <summary>Builds the nodal description of <paramref name="tile"/>'s subcircuit (driver and readout resistances are outside it).</summary>
    public TilePortNewton(CrossbarTileCircuit tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        this.tile = tile;
        int rows = tile.Rows, columns = tile.Columns;
        ports = rows + columns;
        var next = ports;
        var rowNode = new int[rows * columns];
        var columnNode = new int[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var at = (i * columns) + j;
                var previous = j == 0 ? i : rowNode[at - 1];
                rowNode[at] = tile.RowSegmentOhms > 0 ? next++ : previous;
                if (tile.RowSegmentOhms > 0)
                {
                    linear.Add((previous, rowNode[at], 1 / tile.RowSegmentOhms));
                }
            }
        }

        for (var i = rows - 1; i >= 0; i--)
        {
            for (var j = 0; j < columns; j++)
            {
                var at = (i * columns) + j;
                var below = i == rows - 1 ? rows + j : columnNode[at + columns];
                columnNode[at] = tile.ColumnSegmentOhms > 0 ? next++ : below;
                if (tile.ColumnSegmentOhms > 0)
                {
                    linear.Add((columnNode[at], below, 1 / tile.ColumnSegmentOhms));
                }
            }
        }

        var gmin = tile.AccessTransistor?.GminSiemens ?? 0;
        transistor = tile.AccessTransistor is { } parameters ? new Level1Nmos(parameters) : null;
        for (var at = 0; at < rows * columns; at++)
        {
            var g = tile.ConductancesSiemens[at];
            if (g == 0)
            {
                continue;
            }

            var memristor = 1 / (1 / g);
            switch (tile.CellKind)
            {
                case CrossbarCellKind.Selector:
                    var middle = next++;
                    devices.Add((rowNode[at], middle));
                    linear.Add((middle, columnNode[at], memristor));
                    break;
                case CrossbarCellKind.AccessTransistor:
                    var drain = next++;
                    linear.Add((rowNode[at], drain, memristor));
                    devices.Add((drain, columnNode[at]));
                    if (gmin > 0)
                    {
                        linear.Add((drain, Ground, gmin));
                        linear.Add((columnNode[at], Ground, gmin));
                    }

                    break;
                default:
                    linear.Add((rowNode[at], columnNode[at], memristor));
                    break;
            }
        }

        inner = next - ports;
        var pattern = new CscPatternBuilder(Math.Max(1, inner));
        linearSlots = Stamps(pattern, linear.Select(b => (b.A, b.B)));
        deviceSlots = Stamps(pattern, devices);
        var (pointers, indices, slots) = pattern.Build();
        for (var s = 0; s < linearSlots.Length; s++)
        {
            linearSlots[s] = linearSlots[s] >= 0 ? slots[linearSlots[s]] : -1;
        }

        for (var s = 0; s < deviceSlots.Length; s++)
        {
            deviceSlots[s] = deviceSlots[s] >= 0 ? slots[deviceSlots[s]] : -1;
        }

        lu = new SparseLu(Math.Max(1, inner), pointers, indices);
        matrix = new double[indices.Length];
        x = new double[Math.Max(1, inner)];
    }

    /// <summary>Ports: rows, then columns.</summary>
    public int Ports => ports;

    /// <summary>Inner nodes solved by Newton.</summary>
    public int InnerNodes => inner;

    /// <summary>
    /// Solves the tile with its ports at <paramref name="portVolts"/> (starting from the previous solution); returns
    /// the currents into the ports, A, and their Jacobian dI_p/dV_q, S, row-major [p·Ports + q].
    /// </summary>
    /// <exception cref="ConvergenceException">No convergence in 200 iterations.</exception>
    public (double[] Amps, double[] Siemens, int Iterations) Solve(ReadOnlySpan<double> portVolts)
    {
        if (portVolts.Length != ports)
        {
            throw new ArgumentException($"{portVolts.Length} port voltages for {ports} ports", nameof(portVolts));
        }

        var volts = portVolts.ToArray();
        var residual = new double[inner];
        var step = new double[inner];
        var norm = Residual(volts, x, residual);
        var iterations = 0;
        for (; ; iterations++)
        {
            if (iterations >= 200)
            {
                throw new ConvergenceException("tile port Newton did not converge in 200 iterations", $"KCL residual {norm:R} A", string.Empty);
            }

            Assemble(volts, x);
            lu.Factor(matrix, reusePivots: iterations > 0);
            for (var k = 0; k < inner; k++)
            {
                step[k] = -residual[k];
            }

            lu.Solve(step, 1);
            var alpha = 1.0;
            var trial = new double[inner];
            var trialResidual = new double[inner];
            double trialNorm;
            for (var halving = 0; ; halving++)
            {
                for (var k = 0; k < inner; k++)
                {
                    trial[k] = x[k] + (alpha * step[k]);
                }

                trialNorm = Residual(volts, trial, trialResidual);
                if (trialNorm <= norm || halving >= 30 || norm < 1e-15)
                {
                    break;
                }

                alpha *= 0.5;
            }

            var largestStep = step.Select(Math.Abs).DefaultIfEmpty(0).Max() * alpha;
            trial.CopyTo(x, 0);
            trialResidual.CopyTo(residual, 0);
            norm = trialNorm;
            if ((alpha == 1.0 && largestStep <= 1e-13) || norm == 0)
            {
                iterations++;
                break;
            }
        }

        Assemble(volts, x);
        lu.Factor(matrix, reusePivots: true);
        return (PortCurrents(volts), PortJacobian(volts), iterations);
    }

    /// <summary>Frees the factorisation.</summary>
    public void Dispose() => lu.Dispose();

    /// <summary>Pattern entries of (A,A), (A,B), (B,A), (B,B) that fall on inner nodes, in inner coordinates; −1 elsewhere.</summary>
    private int[] Stamps(CscPatternBuilder pattern, IEnumerable<(int A, int B)> branches)
    {
        var ids = new List<int>();
        foreach (var (a, b) in branches)
        {
            var innerA = a >= ports;
            var innerB = b >= ports;
            ids.Add(innerA ? pattern.Add(a - ports, a - ports) : -1);
            ids.Add(innerA && innerB ? pattern.Add(a - ports, b - ports) : -1);
            ids.Add(innerA && innerB ? pattern.Add(b - ports, a - ports) : -1);
            ids.Add(innerB ? pattern.Add(b - ports, b - ports) : -1);
        }

        return [.. ids];
    }

    private double Voltage(int node, double[] volts, ReadOnlySpan<double> inside) =>
        node == Ground ? 0 : node < ports ? volts[node] : inside[node - ports];

    private (double Current, double ByA, double ByB) Device(double va, double vb)
    {
        if (tile.Selector is { } selector)
        {
            var (current, slope) = SelectorModel.Evaluate(selector, va - vb);
            return (current, slope, -slope);
        }

        return transistor!.Evaluate(va, vb);
    }

    /// <summary>KCL residual of the inner nodes (current leaving each); returns its largest magnitude.</summary>
    private double Residual(double[] volts, ReadOnlySpan<double> inside, Span<double> residual)
    {
        residual.Clear();
        foreach (var (a, b, g) in linear)
        {
            var current = g * (Voltage(a, volts, inside) - Voltage(b, volts, inside));
            Add(residual, a, current);
            Add(residual, b, -current);
        }

        foreach (var (a, b) in devices)
        {
            var current = Device(Voltage(a, volts, inside), Voltage(b, volts, inside)).Current;
            Add(residual, a, current);
            Add(residual, b, -current);
        }

        var largest = 0.0;
        foreach (var value in residual)
        {
            largest = Math.Max(largest, Math.Abs(value));
        }

        return largest;
    }

    private void Add(Span<double> vector, int node, double value)
    {
        if (node >= ports)
        {
            vector[node - ports] += value;
        }
    }

    private void Assemble(double[] volts, ReadOnlySpan<double> inside)
    {
        Array.Clear(matrix);
        for (var e = 0; e < linear.Count; e++)
        {
            var g = linear[e].G;
            Stamp(linearSlots, e, g, -g, -g, g);
        }

        for (var d = 0; d < devices.Count; d++)
        {
            var (_, byA, byB) = Device(Voltage(devices[d].A, volts, inside), Voltage(devices[d].B, volts, inside));
            Stamp(deviceSlots, d, byA, byB, -byA, -byB);
        }
    }

    private void Stamp(int[] slots, int branch, double aa, double ab, double ba, double bb)
    {
        ReadOnlySpan<double> values = [aa, ab, ba, bb];
        for (var k = 0; k < 4; k++)
        {
            var slot = slots[(branch * 4) + k];
            if (slot >= 0)
            {
                matrix[slot] += values[k];
            }
        }
    }

    private double[] PortCurrents(double[] volts)
    {
        var amps = new double[ports];
        foreach (var (a, b, g) in linear)
        {
            var current = g * (Voltage(a, volts, x) - Voltage(b, volts, x));
            if (a >= 0 && a < ports) amps[a] += current;
            if (b >= 0 && b < ports) amps[b] -= current;
        }

        foreach (var (a, b) in devices)
        {
            var current = Device(Voltage(a, volts, x), Voltage(b, volts, x)).Current;
            if (a < ports) amps[a] += current;
            if (b < ports) amps[b] -= current;
        }

        return amps;
    }

    /// <summary>Y = J_pp − J_pi·J_ii⁻¹·J_ip with the factorisation of J_ii at the solution.</summary>
    private double[] PortJacobian(double[] volts)
    {
        // Port rows and columns of the branch Jacobians, collected as (row, column, value) in port/inner coordinates.
        var pp = new double[ports * ports];
        var pi = new List<(int Port, int Inner, double Value)>();
        var ip = new List<(int Inner, int Port, double Value)>();
        void Entry(int row, int column, double value)
        {
            if (row < 0 || column < 0)
            {
                return;
            }

            if (row < ports && column < ports) pp[(row * ports) + column] += value;
            else if (row < ports) pi.Add((row, column - ports, value));
            else if (column < ports) ip.Add((row - ports, column, value));
        }

        foreach (var (a, b, g) in linear)
        {
            Entry(a, a, g);
            Entry(a, b, -g);
            Entry(b, a, -g);
            Entry(b, b, g);
        }

        foreach (var (a, b) in devices)
        {
            var (_, byA, byB) = Device(Voltage(a, volts, x), Voltage(b, volts, x));
            Entry(a, a, byA);
            Entry(a, b, byB);
            Entry(b, a, -byA);
            Entry(b, b, -byB);
        }

        var block = new double[inner];
        for (var q = 0; q < ports; q++)
        {
            Array.Clear(block);
            var any = false;
            foreach (var (node, port, value) in ip)
            {
                if (port == q)
                {
                    block[node] += value;
                    any = true;
                }
            }

            if (!any)
            {
                continue;
            }

            lu.Solve(block, 1);
            foreach (var (port, node, value) in pi)
            {
                pp[(port * ports) + q] -= value * block[node];
            }
        }

        return pp;
    }
}
