using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Directives;

/// <summary>
/// <c>.subckt name ports... [params: key=value ...]</c>, its body, then <c>.ends name</c>.
/// The body holds elements, models, parameters, includes, comments and nested subcircuits, but no analyses.
/// </summary>
/// <param name="Name">Subcircuit name used by <c>X</c> instances.</param>
/// <param name="Ports">Port node names in order.</param>
/// <param name="Parameters">Parameters with their default values, in order.</param>
/// <param name="Items">Body statements in order.</param>
public sealed record SubcircuitDefinition(
    string Name,
    IReadOnlyList<string> Ports,
    IReadOnlyList<SpiceParameter> Parameters,
    IReadOnlyList<NetlistItem> Items) : NetlistItem
{
    /// <summary>A subcircuit without parameters.</summary>
    /// <param name="name">Subcircuit name.</param>
    /// <param name="ports">Port node names.</param>
    /// <param name="items">Body statements.</param>
    public SubcircuitDefinition(string name, IReadOnlyList<string> ports, IReadOnlyList<NetlistItem> items)
        : this(name, ports, [], items)
    {
    }

    /// <summary>Port node names in order; never null.</summary>
    public IReadOnlyList<string> Ports { get; init => field = EquatableList<string>.From(value); } = EquatableList<string>.From(Ports);

    /// <summary>Parameters with defaults in order; never null.</summary>
    public IReadOnlyList<SpiceParameter> Parameters { get; init => field = EquatableList<SpiceParameter>.From(value); }
        = EquatableList<SpiceParameter>.From(Parameters);

    /// <summary>Body statements in order; never null, never an <see cref="AnalysisCommand"/>.</summary>
    /// <exception cref="ArgumentException">The body contains an analysis command.</exception>
    public IReadOnlyList<NetlistItem> Items { get; init => field = CheckBody(value); } = CheckBody(Items);

    private static EquatableList<NetlistItem> CheckBody(IEnumerable<NetlistItem>? items)
    {
        var list = EquatableList<NetlistItem>.From(items);
        foreach (var item in list)
        {
            if (item is null or AnalysisCommand)
            {
                throw new ArgumentException("a subcircuit body cannot hold null items or analysis commands", nameof(Items));
            }
        }

        return list;
    }
}
