using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Cosim.Tests.Levels;

/// <summary>Tiles above ngspice's port limit written flat (<see cref="WideSubcircuits"/>): with the limit lowered to 8 ports, above the periphery's (at most 7) and below
/// tiny-mlp's tile ports (12–13), every tile instance goes in flat, and the spice level gives the subcircuit decks'
/// voltages, with 2 Ω wires (as port equivalents and as compiled) and with ideal wires.</summary>
public sealed class WideSubcircuitsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-wide-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private CosimDesign Compile(string name, double segmentOhms) => CosimDesign.Open(ExampleDesign.Compile(
        "tiny-mlp",
        Path.Combine(directory, name),
        new CompileOptions { DesignName = name, Cell = CellKind.Passive, SegmentOhms = segmentOhms, MaxTileRows = 8, MaxTileColumns = 8 }));

    [Theory]
    [InlineData(2.0, SpiceArrays.Port)]
    [InlineData(2.0, SpiceArrays.Full)]
    [InlineData(0.0, SpiceArrays.Full)]
    public void FlatTiles_GiveTheSubcircuitDecksVoltagesWithin1nV(double segmentOhms, SpiceArrays arrays)
    {
        var design = Compile($"w{segmentOhms}{arrays}", segmentOhms);
        design.SpiceArrays = arrays;
        double[][] inputs = [.. Enumerable.Range(0, 2).Select(s => Enumerable.Range(0, 12).Select(i => Math.Sin((5 * s) + (0.9 * i))).ToArray())];

        var outputs = new List<IReadOnlyList<IReadOnlyList<double[]>>>();
        foreach (var limit in new[] { WideSubcircuits.MaxPorts, 8 })
        {
            design.SpiceMaxSubcircuitPorts = limit;
            using var level = (IDisposable)design.Level(CosimLevel.Spice);
            outputs.Add(((IBatchLevelForward)level).Forward(inputs, CancellationToken.None));
        }

        var volts = design.OutputVoltsPerUnit;
        var largest = 0.0;
        for (var s = 0; s < inputs.Length; s++)
        {
            for (var layer = 0; layer < outputs[0][s].Count; layer++)
            {
                var sub = outputs[0][s][layer];
                var flat = outputs[1][s][layer];
                Assert.Equal(sub.Length, flat.Length);
                for (var i = 0; i < sub.Length; i++)
                {
                    largest = Math.Max(largest, Math.Abs(sub[i]) * volts);
                    Assert.True(Math.Abs(sub[i] - flat[i]) * volts <= 1e-9, $"sample {s} layer {layer} [{i}]: subcircuit {sub[i] * volts:R} V, flat {flat[i] * volts:R} V");
                }
            }
        }

        Assert.True(largest > 0.05, $"largest output {largest} V");
    }

    [Fact]
    public void FlatDeck_HasNoTileInstanceOrDefinition_AndEveryTileResistor()
    {
        var design = Compile("deck", 2);
        design.SpiceArrays = SpiceArrays.Full;
        design.SpiceMaxSubcircuitPorts = 8;
        var decks = design.SpiceDecks();
        var flat = decks.Read("fc1/deck.cir");
        var compiled = SpiceStageDecks.AsCompiled(design.Folder.Root).Read("fc1/deck.cir");

        var tiles = compiled.Items.OfType<SubcircuitInstance>().Where(x => x.Subcircuit.Contains("tile", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(4, tiles.Count);
        Assert.DoesNotContain(flat.Items.OfType<SubcircuitInstance>(), x => x.Subcircuit.Contains("tile", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(flat.Items.OfType<IncludeDirective>(), i => i.Path.StartsWith("tile-", StringComparison.Ordinal));
        Assert.Equal(4, decks.FlatInstances);
        Assert.Contains("4 tile instance(s) above ngspice's 8-port limit written flat", decks.Describe(), StringComparison.Ordinal);

        // Every instance's inner nodes are its own (instance.node), its ports the instance's nets.
        var first = tiles[0];
        var mine = flat.Items.OfType<Resistor>().Where(r => r.Name.StartsWith("R" + first.Name + ".", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mine);
        Assert.All(mine, r => Assert.True(
            r.NodePositive.StartsWith(first.Name + ".", StringComparison.Ordinal) || first.Nodes.Contains(r.NodePositive),
            r.NodePositive));
    }
}
