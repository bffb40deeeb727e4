using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// The whole network as one netlist for one sample: every stage's compiled deck becomes a subcircuit (its input
/// sources removed, its input nets and output nodes as ports), instantiated once per lane — a convolution's crossbar
/// once per output pixel, an averager once per output element — and wired to the output nets of the values it reads (the
/// previous stage's, or an earlier one's over a skip connection) the way the lanes cut the tensors, so each module drives the next one's real input (loading included). The network
/// input is a voltage source <c>Vx{i}</c> per element, set per sample by <see cref="WithInput"/>. For small networks:
/// the netlist grows with the lanes.
/// </summary>
internal static class WholeNetlist
{
    /// <summary>The netlist of the decks as compiled (<see cref="SpiceArrays.Full"/>); see the other overload.</summary>
    public static (SpiceNetlist Netlist, string[][] LayerNets) Build(NetworkGraph graph, IReadOnlyList<CircuitStage> stages, string designRoot, string title) =>
        Build(graph, stages, SpiceStageDecks.AsCompiled(designRoot), title);

    /// <summary>The netlist with its input sources at 0 V and, per layer, the nets holding that layer's outputs; each
    /// stage's deck as <paramref name="decks"/> gives it.</summary>
    public static (SpiceNetlist Netlist, string[][] LayerNets) Build(NetworkGraph graph, IReadOnlyList<CircuitStage> stages, SpiceStageDecks decks, string title)
    {
        var designRoot = decks.DesignRoot;
        if (stages.OfType<LstmStage>().FirstOrDefault() is { } lstm) throw new Core.Diagnostics.InputException(new Core.Diagnostics.SourceLocation(designRoot, Field: lstm.Layers[0]), "a whole-network netlist cannot hold an LSTM's time steps (h and c are sampled and held between steps); use the stage-by-stage spice level");
        var shapes = graph.InferShapes();
        var layerIndex = graph.Layers.Select((l, i) => (l.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var includes = new SortedSet<string>(StringComparer.Ordinal);
        var tileNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tileDefinitions = new List<NetlistItem>();
        var definitions = new List<NetlistItem>();
        var instances = new List<NetlistItem>();
        var nets = new string[shapes[graph.Inputs[0].Name].ElementCount];
        for (var i = 0; i < nets.Length; i++)
        {
            nets[i] = $"x{i}";
            instances.Add(new VoltageSource($"Vx{i}", nets[i], "0", 0.0));
        }

        // The nets of every value by name: a stage's inputs are the nets of the values its first layer reads, so a skip
        // connection is a wire from an earlier stage's output nets.
        var valueNets = new Dictionary<string, string[]>(StringComparer.Ordinal) { [graph.Inputs[0].Name] = nets };

        var layerNets = new string[graph.Layers.Count][];
        for (var k = 0; k < stages.Count; k++)
        {
            var stage = stages[k];
            var first = graph.Layers[layerIndex[stage.Layers[0]]];
            if (stage is WiringStage wiring)
            {
                var routed = wiring.Route(valueNets[first.Inputs[0]]);
                valueNets[first.Outputs[0]] = routed;
                layerNets[layerIndex[first.Name]] = routed;
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(designRoot, stage.Deck));
            var deck = decks.Read(stage.Deck).WithIncludesResolved(Path.GetDirectoryName(path)!);
            foreach (var include in deck.Items.OfType<IncludeDirective>())
            {
                includes.Add(include.Path);
            }

            // Tiles given as port equivalents are definitions in the deck itself: hoisted beside the included ones.
            foreach (var tile in deck.Items.OfType<SubcircuitDefinition>().Where(d => decks.IsPortEquivalent(d.Name) && tileNames.Add(d.Name)))
            {
                tileDefinitions.Add(tile);
            }

            var sources = new HashSet<string>(stage.InputSources, StringComparer.OrdinalIgnoreCase);
            var body = deck.Items.Where(item => item is not (AnalysisCommand or IncludeDirective) && !(item is SubcircuitDefinition d && decks.IsPortEquivalent(d.Name)) && !(item is VoltageSource v && sources.Contains(v.Name))).ToList();
            var ports = Enumerable.Range(0, stage.InputSources.Count).Select(i => $"in{i}").Concat(stage.OutputNodes.SelectMany(layer => layer)).ToList();
            var name = $"stage{k}";
            definitions.Add(new SubcircuitDefinition(name, ports, body));

            var lanes = LayerCircuits.For(first).Lanes(stage, first, shapes);
            var laneNets = new string[lanes.Count][][];
            string[][] stageInputs = [.. first.Inputs.Select(name => valueNets[name])];
            for (var lane = 0; lane < lanes.Count; lane++)
            {
                var inputs = lanes.LaneInput(stageInputs, lane, "0");
                laneNets[lane] = stage.OutputNodes.Select((layer, l) => layer.Select((_, j) => $"s{k}_{lane}_{l}_{j}").ToArray()).ToArray();
                instances.Add(new SubcircuitInstance($"Xs{k}_{lane}", [.. inputs, .. laneNets[lane].SelectMany(o => o)], name));
            }

            var tensors = lanes.Assemble(laneNets);
            for (var l = 0; l < stage.Layers.Count; l++)
            {
                var layer = graph.Layers[layerIndex[stage.Layers[l]]];
                layerNets[layerIndex[layer.Name]] = tensors[l];
                valueNets[layer.Outputs[0]] = tensors[l];
            }
        }

        var items = includes.Select(i => (NetlistItem)new IncludeDirective(i)).Concat(tileDefinitions).Concat(definitions).Concat(instances).Append(new OpAnalysis()).ToList();
        return (new SpiceNetlist(title, items), layerNets);
    }

    /// <summary><paramref name="netlist"/> (from <c>Build</c>) with its input sources at <paramref name="input"/> (network units).</summary>
    public static SpiceNetlist WithInput(SpiceNetlist netlist, double[] input, double inputVoltsPerUnit) => new(
        netlist.Title,
        netlist.Items.Select(item => item is VoltageSource { Name: ['V', 'x', .. var index] } source
            ? new VoltageSource(source.Name, source.NodePositive, source.NodeNegative, input[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)] * inputVoltsPerUnit)
            : item));
}
