namespace CrossbarSpice.Simulation.Engine;

/// <summary>Every vector of one analysis, plus the simulator's log.</summary>
public sealed class SimulationResult
{
    private readonly Dictionary<string, SimulationVector> byName;

    /// <summary>Creates a result. Vector names must be unique (case-insensitive).</summary>
    public SimulationResult(string analysis, IReadOnlyList<SimulationVector> vectors, string log, TimeSpan elapsed)
    {
        Analysis = analysis;
        Vectors = vectors;
        Log = log;
        Elapsed = elapsed;
        byName = vectors.ToDictionary(v => v.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"op", "dc" or "tran".</summary>
    public string Analysis { get; }

    /// <summary>Vectors in a fixed order: the axis (time or sweep) first, then voltages, then currents, each by name.</summary>
    public IReadOnlyList<SimulationVector> Vectors { get; }

    /// <summary>The simulator's printed output during this run.</summary>
    public string Log { get; }

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The axis vector (time or sweep), or null for an operating point.</summary>
    public SimulationVector? Axis => Vectors.FirstOrDefault(v => v.Quantity is VectorQuantity.Time or VectorQuantity.Sweep);

    /// <summary>Number of analysis points.</summary>
    public int PointCount => Vectors.Count == 0 ? 0 : Vectors[0].Values.Count;

    /// <summary>The vector named <paramref name="name"/> (e.g. "v(out)", "i(v1)"), case-insensitive.</summary>
    /// <exception cref="KeyNotFoundException">No such vector; the message lists what exists.</exception>
    public SimulationVector this[string name] =>
        byName.TryGetValue(name, out var vector)
            ? vector
            : throw new KeyNotFoundException($"no vector '{name}' in the {Analysis} result; it has: {string.Join(", ", Vectors.Select(v => v.Name))}");

    /// <summary>Node voltage at the last point (operating point value).</summary>
    public double Voltage(string node) => this[$"v({node})"].Final;

    /// <summary>Current through a voltage source at the last point.</summary>
    public double Current(string source) => this[$"i({source})"].Final;

    /// <summary>True if a vector of that name exists.</summary>
    public bool Contains(string name) => byName.ContainsKey(name);
}
