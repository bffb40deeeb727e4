using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// Subcircuits with more ports than ngspice can expand, written flat into the deck. ngspice 39 (Debian's libngspice0)
/// fails while loading an instance of a <c>.subckt</c> with about 1000 ports or more ("ERROR, N_GLOBAL_NODES
/// overflow"; measured: a synthetic subcircuit of 900 ports loads, one of 1100 does not, docs/reproductions.md seed
/// 003): seed 003's 1401 × 20 fully connected array has 1421. A flat copy is the same circuit (ngspice flattens every
/// subcircuit itself before it builds its matrix), so the results are those of the subcircuit. Only resistor
/// networks are written flat (the passive tiles as compiled and every port equivalent); a wide subcircuit with other
/// elements is refused with its file and name.
/// </summary>
internal static class WideSubcircuits
{
    /// <summary>Most ports of a subcircuit left as a subcircuit: below the measured limit (900 loads, 1100 does not).</summary>
    public const int MaxPorts = 900;

    /// <summary>
    /// <paramref name="items"/> (a deck read from <paramref name="directory"/>) with every instance of a subcircuit of
    /// more than <paramref name="maxPorts"/> ports replaced by the subcircuit's resistors, its inner nodes named
    /// <c>instance.node</c>; an <c>.include</c> that defines such a subcircuit is replaced by the file's other items.
    /// The same items (the same list) when there is none.
    /// </summary>
    /// <param name="items">The deck's items.</param>
    /// <param name="directory">The folder the deck's relative includes are read from.</param>
    /// <param name="deckPath">The deck's file, for errors.</param>
    /// <param name="maxPorts">Most ports left as a subcircuit.</param>
    /// <param name="flattened">How many instances were written flat.</param>
    /// <exception cref="InputException">A wide subcircuit holds more than resistors, takes parameters, or its file holds includes.</exception>
    public static IReadOnlyList<NetlistItem> Flatten(IReadOnlyList<NetlistItem> items, string directory, string deckPath, int maxPorts, out int flattened)
    {
        flattened = 0;
        var wide = new Dictionary<string, (SubcircuitDefinition Definition, string File)>(StringComparer.OrdinalIgnoreCase);
        var inlined = new Dictionary<IncludeDirective, IReadOnlyList<NetlistItem>>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
        {
            if (item is SubcircuitDefinition definition && definition.Ports.Count > maxPorts)
            {
                wide[definition.Name] = (definition, deckPath);
            }
            else if (item is IncludeDirective include)
            {
                var path = Path.GetFullPath(Path.Combine(directory, include.Path));
                if (!File.Exists(path))
                {
                    continue;
                }

                var library = SpiceNetlistReader.ReadFile(path).Items;
                var found = library.OfType<SubcircuitDefinition>().Where(d => d.Ports.Count > maxPorts).ToList();
                if (found.Count == 0)
                {
                    continue;
                }

                if (library.Any(i => i is IncludeDirective or LibDirective))
                {
                    throw new InputException(new SourceLocation(path, Field: "include"), $"'{include.Path}' defines a subcircuit of more than {maxPorts} ports and includes other files; it cannot be written flat");
                }

                foreach (var definition2 in found)
                {
                    wide[definition2.Name] = (definition2, path);
                }

                inlined[include] = [.. library.Where(i => !found.Contains(i))];
            }
        }

        if (wide.Count == 0)
        {
            return items;
        }

        var result = new List<NetlistItem>(items.Count);
        foreach (var item in items)
        {
            switch (item)
            {
                case SubcircuitDefinition definition when wide.ContainsKey(definition.Name) && wide[definition.Name].File == deckPath:
                    break;
                case IncludeDirective include when inlined.TryGetValue(include, out var rest):
                    result.AddRange(rest);
                    break;
                case SubcircuitInstance instance when wide.TryGetValue(instance.Subcircuit, out var entry):
                    result.AddRange(Flat(instance, entry.Definition, entry.File));
                    flattened++;
                    break;
                default:
                    result.Add(item);
                    break;
            }
        }

        return result;
    }

    private static IEnumerable<NetlistItem> Flat(SubcircuitInstance instance, SubcircuitDefinition definition, string file)
    {
        if (instance.Nodes.Count != definition.Ports.Count)
        {
            throw new InputException(new SourceLocation(file, Field: instance.Name), $"instance '{instance.Name}' has {instance.Nodes.Count} node(s), subcircuit '{definition.Name}' {definition.Ports.Count} port(s)");
        }

        if (definition.Parameters.Count > 0 || instance.Parameters.Count > 0)
        {
            throw new InputException(new SourceLocation(file, Field: definition.Name), $"subcircuit '{definition.Name}' has {definition.Ports.Count} ports (ngspice expands at most about 1000) and takes parameters; only parameterless resistor networks are written flat");
        }

        var ports = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < definition.Ports.Count; p++)
        {
            ports[definition.Ports[p]] = instance.Nodes[p];
        }

        string Node(string node) =>
            ports.TryGetValue(node, out var outer) ? outer
            : node is "0" || node.Equals("gnd", StringComparison.OrdinalIgnoreCase) ? node
            : string.Create(CultureInfo.InvariantCulture, $"{instance.Name}.{node}");

        yield return new Comment($"{instance.Name}: subcircuit {definition.Name} ({definition.Ports.Count} ports, above ngspice's limit) written flat");
        foreach (var item in definition.Items)
        {
            switch (item)
            {
                case Comment:
                    break;
                case Resistor r:
                    yield return r with { Name = $"R{instance.Name}.{r.Name[1..]}", NodePositive = Node(r.NodePositive), NodeNegative = Node(r.NodeNegative) };
                    break;
                default:
                    throw new InputException(new SourceLocation(file, Field: definition.Name), $"subcircuit '{definition.Name}' has {definition.Ports.Count} ports (ngspice expands at most about 1000) and holds a {item.GetType().Name}; only resistor networks are written flat");
            }
        }
    }
}
