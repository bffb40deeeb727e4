using CrossbarSpice.Cosim.Design;
using CrossbarSpice.Cosim.Levels;
using CrossbarSpice.Cosim.Levels.Staged;
using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Cosim.Tests.Support;
using CrossbarSpice.Devices.Cells;
using CrossbarSpice.Netlist.Directives;

namespace CrossbarSpice.Cosim.Tests.Levels;

/// <summary>The spice level with tiles as exact port equivalents (<c>--spice-arrays port</c>) against the decks as
/// compiled (<c>full</c>), on netlists/examples/tiny-mlp with passive cells, 2 Ω wires and 8×8 tiles (fc1's 13 rows ×
/// 12 columns on four tiles, two of them sharing each column net).</summary>
public sealed class SpiceArraysTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crossbarspice-spice-arrays-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private CosimDesign Compile(string name) => CosimDesign.Open(ExampleDesign.Compile(
        "tiny-mlp",
        Path.Combine(directory, name),
        new CompileOptions { DesignName = name, Cell = CellKind.Passive, SegmentOhms = 2, MaxTileRows = 8, MaxTileColumns = 8 }));

    [Fact]
    public void PortEquivalents_GiveTheFullDecksVoltagesWithin1nV()
    {
        var design = Compile("port");
        double[][] inputs = [.. Enumerable.Range(0, 2).Select(s => Enumerable.Range(0, 12).Select(i => Math.Sin((7 * s) + (1.3 * i))).ToArray())];

        var outputs = new Dictionary<SpiceArrays, IReadOnlyList<IReadOnlyList<double[]>>>();
        foreach (var arrays in new[] { SpiceArrays.Port, SpiceArrays.Full })
        {
            design.SpiceArrays = arrays;
            using var level = (IDisposable)design.Level(CosimLevel.Spice);
            outputs[arrays] = ((IBatchLevelForward)level).Forward(inputs, CancellationToken.None);
        }

        var volts = design.OutputVoltsPerUnit;
        var largest = 0.0;
        for (var s = 0; s < inputs.Length; s++)
        {
            for (var layer = 0; layer < outputs[SpiceArrays.Full][s].Count; layer++)
            {
                var full = outputs[SpiceArrays.Full][s][layer];
                var port = outputs[SpiceArrays.Port][s][layer];
                Assert.Equal(full.Length, port.Length);
                for (var i = 0; i < full.Length; i++)
                {
                    var delta = Math.Abs(full[i] - port[i]) * volts;
                    largest = Math.Max(largest, Math.Abs(full[i]) * volts);
                    Assert.True(delta <= 1e-9, $"sample {s} layer {layer} [{i}]: full {full[i] * volts:R} V, port {port[i] * volts:R} V");
                }
            }
        }

        // The outputs are not all near 0 V, so agreement within 1 nV says something.
        Assert.True(largest > 0.05, $"largest output {largest} V");
    }

    [Fact]
    public void PortDecks_DefineTheTileInsteadOfIncludingIt_FullDecksAreAsCompiled()
    {
        var design = Compile("decks");
        var port = new SpiceStageDecks(design.Folder.Manifest, design.Folder.Plan, design.Folder.Root, SpiceArrays.Port);
        var full = SpiceStageDecks.AsCompiled(design.Folder.Root);

        var portDeck = port.Read("fc1/deck.cir");
        var fullDeck = full.Read("fc1/deck.cir");

        Assert.Contains(fullDeck.Items.OfType<IncludeDirective>(), i => i.Path.EndsWith(".sub", StringComparison.Ordinal) && i.Path.StartsWith("tile-", StringComparison.Ordinal));
        Assert.DoesNotContain(portDeck.Items.OfType<IncludeDirective>(), i => i.Path.StartsWith("tile-", StringComparison.Ordinal));
        var tiles = portDeck.Items.OfType<SubcircuitDefinition>().ToList();
        Assert.Equal(4, tiles.Count);
        Assert.All(tiles, t => Assert.True(port.IsPortEquivalent(t.Name)));
        Assert.Equal(4, port.ReducedTiles);
        // fc1: 12 inputs + bias row on 7 + 6 rows, 6 outputs on 6 + 6 columns; one resistor per pair of ports.
        Assert.Equal([13, 13, 12, 12], tiles.Select(t => t.Ports.Count));
        Assert.All(tiles, t => Assert.Equal(t.Ports.Count * (t.Ports.Count - 1) / 2, t.Items.OfType<Netlist.Elements.Resistor>().Count()));
        Assert.StartsWith("port (4 tile(s) as exact port equivalents", port.Describe(), StringComparison.Ordinal);
    }
}
