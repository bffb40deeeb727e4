namespace CrossbarSpice.Simulation.Engine;

/// <summary>One named result vector, e.g. <c>v(out)</c> or <c>i(vdd)</c>.</summary>
public sealed class SimulationVector
{
    /// <summary>Creates a vector; <paramref name="values"/> is owned by the new instance.</summary>
    public SimulationVector(string name, VectorQuantity quantity, double[] values)
    {
        Name = name;
        Quantity = quantity;
        Values = values;
    }

    /// <summary>Canonical lower-case name: <c>v(node)</c>, <c>i(source)</c>, <c>time</c>, or the sweep source name.</summary>
    public string Name { get; }

    /// <summary>What it measures.</summary>
    public VectorQuantity Quantity { get; }

    /// <summary>The values, one per analysis point (one for an operating point).</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>The last point: the operating-point value, or the final transient value.</summary>
    public double Final => Values[^1];
}
