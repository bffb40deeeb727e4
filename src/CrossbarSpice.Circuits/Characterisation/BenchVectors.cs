namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>The vectors one bench analysis produced, by lower-case ngspice name (<c>v(out)</c>, <c>i(vdd)</c>, <c>time</c>, sweep source).</summary>
public sealed class BenchVectors
{
    private readonly Dictionary<string, IReadOnlyList<double>> vectors;

    /// <summary>Creates the set; names are matched case-insensitively.</summary>
    public BenchVectors(IEnumerable<KeyValuePair<string, IReadOnlyList<double>>> vectors) =>
        this.vectors = new Dictionary<string, IReadOnlyList<double>>(vectors, StringComparer.OrdinalIgnoreCase);

    /// <summary>The vector <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such vector; the message lists the ones present.</exception>
    public IReadOnlyList<double> this[string name] => vectors.TryGetValue(name, out var v)
        ? v
        : throw new KeyNotFoundException($"no vector '{name}'; the bench produced: {string.Join(", ", vectors.Keys.Order(StringComparer.Ordinal))}");

    /// <summary>True when <paramref name="name"/> exists.</summary>
    public bool Contains(string name) => vectors.ContainsKey(name);
}
