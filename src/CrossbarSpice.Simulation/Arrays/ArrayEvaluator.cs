using CrossbarSpice.Circuits.Crossbar;

namespace CrossbarSpice.Simulation.Arrays;

/// <summary>
/// Evaluates an assembled array at given node voltages: the KCL residual (net current leaving each unknown node),
/// the Jacobian values in the assembly's pattern, and the column output currents.
/// </summary>
internal sealed class ArrayEvaluator
{
    private readonly ArrayAssembly assembly;
    private readonly ThresholdSelectorParameters? selector;
    private readonly Level1Nmos? transistor;

    /// <summary>Prepares the evaluation of <paramref name="assembly"/>.</summary>
    public ArrayEvaluator(ArrayAssembly assembly)
    {
        this.assembly = assembly;
        selector = assembly.Network.Tile.Selector;
        transistor = assembly.Network.Tile.AccessTransistor is { } t ? new Level1Nmos(t) : null;
    }

    /// <summary>Device current (A → B), A, and its derivatives by V_A and V_B, S.</summary>
    public (double Current, double ByA, double ByB) Device(double va, double vb)
    {
        if (selector is not null)
        {
            var (i, g) = SelectorModel.Evaluate(selector, va - vb);
            return (i, g, -g);
        }

        return transistor!.Evaluate(va, vb);
    }

    /// <summary>Writes the residual into <paramref name="residual"/>; returns the largest branch current, A.</summary>
    public double Residual(ReadOnlySpan<double> x, ReadOnlySpan<double> rowVolts, Span<double> residual)
    {
        residual.Clear();
        var largest = 0.0;
        foreach (var branch in assembly.Network.Linear)
        {
            var i = branch.Siemens * (TerminalCode.Voltage(branch.A, x, rowVolts) - TerminalCode.Voltage(branch.B, x, rowVolts));
            Accumulate(branch.A, branch.B, i, residual);
            largest = Math.Max(largest, Math.Abs(i));
        }

        foreach (var device in assembly.Network.Devices)
        {
            var (i, _, _) = Device(TerminalCode.Voltage(device.A, x, rowVolts), TerminalCode.Voltage(device.B, x, rowVolts));
            Accumulate(device.A, device.B, i, residual);
            largest = Math.Max(largest, Math.Abs(i));
        }

        return largest;
    }

    /// <summary>Writes the Jacobian at <paramref name="x"/> into <paramref name="values"/> (pattern order).</summary>
    public void Jacobian(ReadOnlySpan<double> x, ReadOnlySpan<double> rowVolts, double[] values)
    {
        assembly.LinearValues.CopyTo(values, 0);
        var slots = assembly.DeviceSlots;
        var devices = assembly.Network.Devices;
        for (var d = 0; d < devices.Count; d++)
        {
            var (_, byA, byB) = Device(TerminalCode.Voltage(devices[d].A, x, rowVolts), TerminalCode.Voltage(devices[d].B, x, rowVolts));
            Add(values, slots[4 * d], byA);
            Add(values, slots[(4 * d) + 1], byB);
            Add(values, slots[(4 * d) + 2], -byA);
            Add(values, slots[(4 * d) + 3], -byB);
        }
    }

    /// <summary>Column output currents, A (positive into the readouts), at <paramref name="x"/>.</summary>
    public void ColumnCurrents(ReadOnlySpan<double> x, ReadOnlySpan<double> rowVolts, Span<double> columnAmps)
    {
        columnAmps.Clear();
        foreach (var branch in assembly.Network.Linear)
        {
            if (branch.Output >= 0)
            {
                columnAmps[branch.Output] += branch.Siemens * (TerminalCode.Voltage(branch.A, x, rowVolts) - TerminalCode.Voltage(branch.B, x, rowVolts));
            }
        }

        foreach (var device in assembly.Network.Devices)
        {
            if (device.Output >= 0)
            {
                columnAmps[device.Output] += Device(TerminalCode.Voltage(device.A, x, rowVolts), TerminalCode.Voltage(device.B, x, rowVolts)).Current;
            }
        }
    }

    private static void Accumulate(int a, int b, double current, Span<double> residual)
    {
        if (a >= 0)
        {
            residual[a] += current;
        }

        if (b >= 0)
        {
            residual[b] -= current;
        }
    }

    private static void Add(double[] values, int slot, double value)
    {
        if (slot >= 0)
        {
            values[slot] += value;
        }
    }
}
