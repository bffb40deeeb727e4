namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// The nodal matrix of an <see cref="ArrayNetwork"/> in compressed-sparse-column form: one pattern holding every
/// linear branch and every device stamp, the values of the linear part, the coupling of the row sources into the
/// right-hand side, and the slots where each device stamps its Jacobian. For unknowns x and row voltages u the
/// linear part reads A·x = Bu·u; output currents are Px·x + Pu·u.
/// </summary>
internal sealed class ArrayAssembly
{
    private ArrayAssembly(ArrayNetwork network, int[] columnPointers, int[] rowIndices)
    {
        Network = network;
        ColumnPointers = columnPointers;
        RowIndices = rowIndices;
        LinearValues = new double[rowIndices.Length];
    }

    /// <summary>The network assembled.</summary>
    public ArrayNetwork Network { get; }

    /// <summary>CSC column pointers (n + 1).</summary>
    public int[] ColumnPointers { get; }

    /// <summary>CSC row indices, sorted within each column.</summary>
    public int[] RowIndices { get; }

    /// <summary>Values of the linear part of the matrix, S, in pattern order (device stamps are 0 here).</summary>
    public double[] LinearValues { get; }

    /// <summary>Row-source coupling: unknown, row, conductance (S) with rhs[unknown] += S·u[row].</summary>
    public (int Unknown, int Row, double Siemens)[] SourceCoupling { get; private set; } = [];

    /// <summary>Per device: value slots of (A,A), (A,B), (B,A), (B,B), −1 where a terminal is known.</summary>
    public int[] DeviceSlots { get; private set; } = [];

    /// <summary>Builds the assembly of <paramref name="network"/>.</summary>
    public static ArrayAssembly Build(ArrayNetwork network)
    {
        var pattern = new CscPatternBuilder(network.Unknowns);
        var linearStamps = new int[network.Linear.Count * 4];
        for (var e = 0; e < network.Linear.Count; e++)
        {
            Stamp(pattern, network.Linear[e].A, network.Linear[e].B, linearStamps.AsSpan(e * 4, 4));
        }

        var deviceStamps = new int[network.Devices.Count * 4];
        for (var d = 0; d < network.Devices.Count; d++)
        {
            Stamp(pattern, network.Devices[d].A, network.Devices[d].B, deviceStamps.AsSpan(d * 4, 4));
        }

        var (pointers, rows, slots) = pattern.Build();
        var assembly = new ArrayAssembly(network, pointers, rows);
        var coupling = new List<(int, int, double)>();
        for (var e = 0; e < network.Linear.Count; e++)
        {
            var branch = network.Linear[e];
            var g = branch.Siemens;
            ReadOnlySpan<double> signs = [g, -g, -g, g];
            for (var k = 0; k < 4; k++)
            {
                var stamp = linearStamps[(e * 4) + k];
                if (stamp >= 0)
                {
                    assembly.LinearValues[slots[stamp]] += signs[k];
                }
            }

            if (TerminalCode.IsUnknown(branch.A) && TerminalCode.InputRow(branch.B) is var rb and >= 0)
            {
                coupling.Add((branch.A, rb, g));
            }

            if (TerminalCode.IsUnknown(branch.B) && TerminalCode.InputRow(branch.A) is var ra and >= 0)
            {
                coupling.Add((branch.B, ra, g));
            }
        }

        assembly.SourceCoupling = [.. coupling];
        assembly.DeviceSlots = [.. deviceStamps.Select(s => s >= 0 ? slots[s] : -1)];
        return assembly;
    }

    /// <summary>Records the (A,A), (A,B), (B,A), (B,B) stamps that fall on unknowns; −1 for the others.</summary>
    private static void Stamp(CscPatternBuilder pattern, int a, int b, Span<int> ids)
    {
        var knownA = !TerminalCode.IsUnknown(a);
        var knownB = !TerminalCode.IsUnknown(b);
        ids[0] = knownA ? -1 : pattern.Add(a, a);
        ids[1] = knownA || knownB ? -1 : pattern.Add(a, b);
        ids[2] = knownA || knownB ? -1 : pattern.Add(b, a);
        ids[3] = knownB ? -1 : pattern.Add(b, b);
    }
}
