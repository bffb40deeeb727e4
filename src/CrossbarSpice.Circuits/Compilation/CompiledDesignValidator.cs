using System.Text.RegularExpressions;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Serialization;
using CrossbarSpice.Mapping.Plans;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// Re-reads a design folder as a user's tools would and checks it: the manifest parses strictly; every file it lists
/// has the SHA-256 it records (<see cref="DesignFiles"/>); every deck
/// and library parses with the netlist reader; every <c>.include</c> exists; no node of a deck or tile is
/// connected to fewer than two terminals (a floating or dangling node); every input and output net the
/// manifest names is in its deck; the conductance plan reads back and matches the manifest's tiles.
/// </summary>
public static partial class CompiledDesignValidator
{
    /// <summary>Validates <paramref name="directory"/>; returns the manifest.</summary>
    /// <exception cref="InputException">The first problem found, naming the file.</exception>
    public static DesignManifest Validate(string directory)
    {
        var manifestPath = Path.Combine(directory, "manifest.json");
        var manifest = ReadManifest(manifestPath);
        DesignFiles.Verify(directory, manifest);
        var plan = ConductancePlanReader.Read(Path.GetDirectoryName(Path.Combine(directory, manifest.Plan))!);
        foreach (var crossbar in manifest.Layers.SelectMany(l => l.Crossbars))
        {
            // Output nets drive the next stage, outside this deck: they count as connected like ports.
            var ports = crossbar.OutputNets.Where(o => o.Net != null).Select(o => o.Net!).Concat(crossbar.ActivationNets ?? []).ToList();
            var (deck, deckPath) = CheckDeck(directory, crossbar.Deck, ports);
            CheckNets(deck, crossbar, deckPath);
            CheckPlan(plan, crossbar, deckPath);
        }

        foreach (var layer in manifest.Layers.Where(l => l.Deck is not null && l.Crossbars.Count == 0))
        {
            // The stage's output nets (out0, out1, …: one per output of a lane) count as ports; a deck without out0
            // fails the floating-node check.
            CheckDeck(directory, layer.Deck!, ["out0"], isPort: net => net.Length > 3 && net.StartsWith("out", StringComparison.OrdinalIgnoreCase) && net[3..].All(char.IsAsciiDigit));
        }

        return manifest;
    }

    /// <summary>Reads and checks the format of a design's manifest.json.</summary>
    /// <exception cref="InputException">Missing, malformed or of another format.</exception>
    public static DesignManifest ReadManifest(string path)
    {
        var manifest = ProjectJson.ReadFile<DesignManifest>(path, "manifest");
        return manifest.Format == DesignManifest.CurrentFormat
            ? manifest
            : throw new InputException(new SourceLocation(path, Field: "format"), $"expected '{DesignManifest.CurrentFormat}', found '{manifest.Format}'");
    }

    private static (SpiceNetlist Deck, string Path) CheckDeck(string directory, string relativePath, IReadOnlyList<string> ports, Func<string, bool>? isPort = null)
    {
        var deckPath = Path.Combine(directory, relativePath);
        var deck = SpiceNetlistReader.ReadFile(deckPath);
        var subcircuits = new Dictionary<string, SubcircuitDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var include in deck.Items.OfType<IncludeDirective>())
        {
            var included = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(deckPath)!, include.Path));
            if (!File.Exists(included))
            {
                throw new InputException(new SourceLocation(deckPath, Field: include.Path), "included file not found");
            }

            foreach (var definition in SpiceNetlistReader.ReadFile(included).Items.OfType<SubcircuitDefinition>())
            {
                CheckConnectivity(definition.Items, definition.Ports, included, $"subcircuit {definition.Name}");
                subcircuits[definition.Name] = definition;
            }
        }

        CheckInstances(deck, subcircuits, deckPath);
        CheckConnectivity(deck.Items, isPort is null ? ports : [.. ports, .. deck.Items.OfType<Element>().SelectMany(Nodes).Where(isPort).Distinct(StringComparer.OrdinalIgnoreCase)], deckPath, "top level");
        return (deck, deckPath);
    }

    private static void CheckInstances(SpiceNetlist deck, Dictionary<string, SubcircuitDefinition> subcircuits, string deckPath)
    {
        foreach (var instance in deck.Items.OfType<SubcircuitInstance>())
        {
            if (subcircuits.TryGetValue(instance.Subcircuit, out var definition) && definition.Ports.Count != instance.Nodes.Count)
            {
                throw new InputException(new SourceLocation(deckPath, Field: instance.Name), $"connects {instance.Nodes.Count} nodes, subcircuit {definition.Name} has {definition.Ports.Count} ports");
            }
        }
    }

    private static void CheckConnectivity(IEnumerable<NetlistItem> items, IReadOnlyList<string> ports, string file, string scope)
    {
        var degree = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var port in ports)
        {
            degree[port] = 1;
        }

        foreach (var element in items.OfType<Element>())
        {
            foreach (var node in Nodes(element))
            {
                degree[node] = degree.GetValueOrDefault(node) + 1;
            }
        }

        var dangling = degree.Where(d => d.Value < 2 && d.Key != "0").Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
        if (dangling.Count > 0)
        {
            throw new InputException(new SourceLocation(file, Field: dangling[0]), $"{scope}: node(s) {string.Join(", ", dangling.Take(5))} connect to a single terminal (floating)");
        }
    }

    private static IEnumerable<string> Nodes(Element element) => element switch
    {
        Resistor r => [r.NodePositive, r.NodeNegative],
        Capacitor c => [c.NodePositive, c.NodeNegative],
        VoltageSource v => [v.NodePositive, v.NodeNegative],
        CurrentSource i => [i.NodePositive, i.NodeNegative],
        BehavioralSource b => [b.NodePositive, b.NodeNegative, .. SensedNodes(b.Expression)],
        Mosfet m => [m.Drain, m.Gate, m.Source, m.Bulk],
        Vcvs e => [e.OutPositive, e.OutNegative, e.ControlPositive, e.ControlNegative],
        Vccs g => [g.OutPositive, g.OutNegative, g.ControlPositive, g.ControlNegative],
        SubcircuitInstance x => x.Nodes,
        Diode d => [d.Anode, d.Cathode],
        _ => [],
    };

    // A B-source senses the nodes its expression names in V(a) or V(a,b); they count as connected.
    private static IEnumerable<string> SensedNodes(string expression) =>
        SensedNode().Matches(expression).SelectMany(m => m.Groups.Cast<Group>().Skip(1).Where(g => g.Success).Select(g => g.Value));

    [GeneratedRegex(@"\b[vV]\(\s*([^,()\s]+)\s*(?:,\s*([^()\s]+)\s*)?\)")]
    private static partial Regex SensedNode();

    private static void CheckNets(SpiceNetlist deck, ManifestCrossbar crossbar, string deckPath)
    {
        var nodes = deck.Items.OfType<Element>().SelectMany(Nodes).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sources = deck.Items.OfType<VoltageSource>().ToDictionary(v => v.Name, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < crossbar.InputNets.Count; i++)
        {
            if (!sources.TryGetValue($"Vin{i}", out var source) || !string.Equals(source.NodePositive, crossbar.InputNets[i], StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException(new SourceLocation(deckPath, Field: $"Vin{i}"), $"input {i} of {crossbar.Name} is not driven onto net {crossbar.InputNets[i]}");
            }
        }

        foreach (var output in crossbar.OutputNets)
        {
            var present = output.Net is { } net
                ? nodes.Contains(net)
                : SourceOf(output.PlusCurrent) is { } plus && SourceOf(output.MinusCurrent) is { } minus && sources.ContainsKey(plus) && sources.ContainsKey(minus);
            if (!present)
            {
                throw new InputException(new SourceLocation(deckPath, Field: $"output {output.Index}"), $"output {output.Index} of {crossbar.Name} is not in the deck");
            }
        }
    }

    private static string? SourceOf(string? currentVector) =>
        currentVector is { Length: > 3 } v && v.StartsWith("i(", StringComparison.Ordinal) ? v[2..^1] : null;

    private static void CheckPlan(ConductancePlan plan, ManifestCrossbar crossbar, string deckPath)
    {
        var layer = plan.Layers.FirstOrDefault(l => l.Name == crossbar.Name)
            ?? throw new InputException(new SourceLocation(deckPath), $"the conductance plan has no layer '{crossbar.Name}'");
        if (layer.Tiles.Count != crossbar.Tiles.Count || layer.Tiles.Zip(crossbar.Tiles).Any(p =>
                p.First.Block.RowStart != p.Second.RowStart || p.First.Block.RowCount != p.Second.RowCount ||
                p.First.Block.ColumnStart != p.Second.ColumnStart || p.First.Block.ColumnCount != p.Second.ColumnCount))
        {
            throw new InputException(new SourceLocation(deckPath), $"the manifest's tiles of {crossbar.Name} differ from the conductance plan's");
        }
    }
}
