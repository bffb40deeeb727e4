using CrossbarSpice.Circuits.Devices;
using CrossbarSpice.Devices.Memristors;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Circuits.Tests.Devices;

/// <summary>Shape of the generated subcircuits (docs/circuits.md §0 and §10 rules).</summary>
public sealed class CellSubcircuitGeneratorTests
{
    [Fact]
    public void Generate_AccessTransistorCard_IncludesProcessModelAndSizesTransistor()
    {
        var card = Card("ti-alox-taox-pt.json");

        var cell = CellSubcircuitGenerator.Generate(card);

        Assert.Equal(["row", "col", "wl"], cell.Ports);
        Assert.Equal(1.8, cell.WordLineVolts);
        var include = Assert.IsType<IncludeDirective>(cell.Definitions[0]);
        Assert.EndsWith("tsmc018_bsim3.lib", include.Path, StringComparison.Ordinal);
        var body = cell.Definitions.OfType<SubcircuitDefinition>().Single(d => d.Name == cell.CellName).Items;
        var mosfet = Assert.Single(body.OfType<Mosfet>());
        Assert.Equal("CMOSN", mosfet.Model);
        Assert.StartsWith("M", mosfet.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Generate_SelectorCard_PutsSelectorBeforeMemristor()
    {
        var cell = CellSubcircuitGenerator.Generate(Card("ag-au-mose2-se.json"));

        var body = cell.Definitions.OfType<SubcircuitDefinition>().Single(d => d.Name == cell.CellName).Items.OfType<SubcircuitInstance>().ToList();
        Assert.Equal(["row", "mid"], body[0].Nodes);
        Assert.Equal(["mid", "col"], body[1].Nodes);
        Assert.Equal("X0", cell.StateParameter);
    }

    [Theory]
    [InlineData("hp-joglekar.json")]
    [InlineData("hp-biolek.json")]
    [InlineData("ag-au-mose2-se.json")]
    public void Generate_WindowedModels_UseAbsolutePowerNeverSignedPower(string file)
    {
        var definition = MemristorSubcircuitGenerator.Generate(Card(file), "m");

        var state = definition.Items.OfType<BehavioralSource>().Single(b => b.Name == "Bx");
        Assert.Contains("pow(", state.Expression, StringComparison.Ordinal);
        Assert.DoesNotContain("pwr(", state.Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_EveryMemristorCard_WrittenNetlistReadsBackEqual()
    {
        foreach (var path in DeviceCardReader.FindCards(RepositoryPaths.DeviceCards))
        {
            if (DeviceCardReader.Read(path) is not MemristorCard card)
            {
                continue;
            }

            var netlist = new SpiceNetlist(card.Name, CellSubcircuitGenerator.Generate(card).Definitions);
            var text = SpiceNetlistWriter.Write(netlist);

            Assert.Equal(text, SpiceNetlistWriter.Write(SpiceNetlistReader.Read(text, card.Name)));
        }
    }

    private static MemristorCard Card(string file) => DeviceCardReader.ReadMemristor(Path.Combine(RepositoryPaths.DeviceCards, file));
}
