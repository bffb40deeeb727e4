using System.Globalization;
using CrossbarSpice.Circuits.Crossbar;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Circuits.Tests.Crossbar;

public sealed class CrossbarTileNetlistBuilderTests
{
    private static CrossbarTileCircuit Tile(int rows, int columns, double segmentOhms = 2) =>
        new(Conductances(rows, columns)) { RowSegmentOhms = segmentOhms, ColumnSegmentOhms = segmentOhms };

    private static double[,] Conductances(int rows, int columns)
    {
        var g = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                g[i, j] = 1e-4 * (1 + i + (10 * j));
            }
        }

        return g;
    }

    [Fact]
    public void BuildSubcircuit_WiredOhmic_HasEverySegmentAndCell()
    {
        var subcircuit = CrossbarTileNetlistBuilder.BuildSubcircuit(Tile(3, 4));
        var resistors = subcircuit.Items.OfType<Resistor>().ToDictionary(r => r.Name);

        Assert.Equal(["row0", "row1", "row2", "col0", "col1", "col2", "col3"], subcircuit.Ports);
        Assert.Equal(3 * 4 * 3, resistors.Count);
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                var row = resistors[$"Rr{i}_{j}"];
                Assert.Equal(j == 0 ? $"row{i}" : $"r{i}_{j - 1}", row.NodePositive);
                Assert.Equal($"r{i}_{j}", row.NodeNegative);
                var column = resistors[$"Rc{i}_{j}"];
                Assert.Equal($"c{i}_{j}", column.NodePositive);
                Assert.Equal(i == 2 ? $"col{j}" : $"c{i + 1}_{j}", column.NodeNegative);
                var cell = resistors[$"Rm{i}_{j}"];
                Assert.Equal(($"r{i}_{j}", $"c{i}_{j}"), (cell.NodePositive, cell.NodeNegative));
                Assert.Equal(1 / (1e-4 * (1 + i + (10 * j))), cell.Resistance.NumberValue);
            }
        }
    }

    [Fact]
    public void BuildSubcircuit_WiredOhmic_HasTwoNodesPerCellPlusPorts()
    {
        var subcircuit = CrossbarTileNetlistBuilder.BuildSubcircuit(Tile(5, 6));

        var nodes = subcircuit.Items.OfType<Resistor>().SelectMany(r => new[] { r.NodePositive, r.NodeNegative }).ToHashSet();

        Assert.Equal((2 * 5 * 6) + 5 + 6, nodes.Count);
    }

    [Fact]
    public void BuildSubcircuit_IdealWires_WritesNoZeroOhmResistorAndMergesNodes()
    {
        var subcircuit = CrossbarTileNetlistBuilder.BuildSubcircuit(Tile(2, 3, segmentOhms: 0));
        var resistors = subcircuit.Items.OfType<Resistor>().ToList();

        Assert.Equal(6, resistors.Count);
        Assert.All(resistors, r => Assert.StartsWith("Rm", r.Name, StringComparison.Ordinal));
        Assert.Contains(resistors, r => r is { Name: "Rm1_2", NodePositive: "row1", NodeNegative: "col2" });
    }

    [Fact]
    public void BuildSubcircuit_ZeroConductance_OmitsTheCell()
    {
        var g = Conductances(2, 2);
        g[1, 0] = 0;

        var subcircuit = CrossbarTileNetlistBuilder.BuildSubcircuit(new CrossbarTileCircuit(g));

        Assert.DoesNotContain(subcircuit.Items.OfType<Resistor>(), r => r.Name == "Rm1_0");
        Assert.Equal(3, subcircuit.Items.OfType<Resistor>().Count());
    }

    [Fact]
    public void BuildSubcircuit_Selector_WritesBSourceThenMemristorThroughMiddleNode()
    {
        var tile = new CrossbarTileCircuit(Conductances(2, 2)) { RowSegmentOhms = 2, Selector = new ThresholdSelectorParameters() };

        var items = CrossbarTileNetlistBuilder.BuildSubcircuit(tile).Items;

        var selector = items.OfType<BehavioralSource>().Single(b => b.Name == "Bs1_1");
        Assert.Equal(("r1_1", "m1_1", BehavioralSourceKind.Current), (selector.NodePositive, selector.NodeNegative, selector.Kind));
        Assert.Equal("v(r1_1,m1_1)*(1E-09+((0.001-1E-09)/(1+exp(-(abs(v(r1_1,m1_1))-0.4)/0.02))))", selector.Expression);
        Assert.Contains(items.OfType<Resistor>(), r => r is { Name: "Rm1_1", NodePositive: "m1_1", NodeNegative: "col1" });
    }

    [Fact]
    public void BuildSubcircuit_AccessTransistor_WritesLevel1CardWithoutBodyEffectOrCapacitance()
    {
        var tile = new CrossbarTileCircuit(Conductances(1, 2)) { AccessTransistor = new AccessTransistorParameters() };

        var items = CrossbarTileNetlistBuilder.BuildSubcircuit(tile).Items;

        var model = items.OfType<ModelCard>().Single();
        var parameters = model.Parameters.ToDictionary(p => p.Name, p => p.Value.NumberValue);
        Assert.Equal(("acc_nmos", "NMOS"), (model.Name, model.Type));
        Assert.Equal(1, parameters["LEVEL"]);
        Assert.All(new[] { "GAMMA", "IS", "JS", "CBD", "CBS", "CJ", "CJSW", "CGSO", "CGDO", "CGBO", "RD", "RS", "LD" }, name => Assert.Equal(0, parameters[name]));
        var transistor = items.OfType<Mosfet>().Single(m => m.Name == "Ma0_1");
        Assert.Equal(("m0_1", "wl", "col1", "0"), (transistor.Drain, transistor.Gate, transistor.Source, transistor.Bulk));
        Assert.Contains(items.OfType<VoltageSource>(), v => v is { Name: "Vwl", NodePositive: "wl", NodeNegative: "0" });
    }

    [Fact]
    public void BuildTestBench_DriverAndReadoutResistance_WritesSourcesResistorsAndSenseSources()
    {
        var tile = new CrossbarTileCircuit(Conductances(2, 2)) { RowSegmentOhms = 2, ColumnSegmentOhms = 2, DriverOutputOhms = 50, ReadoutInputOhms = 1000 };
        var bench = CrossbarTileNetlistBuilder.BuildTestBench(tile, [0.25, 0.5]);
        var text = SpiceNetlistWriter.Write(bench);

        Assert.Contains("Vrow1 in1 0 DC 0.5\n", text, StringComparison.Ordinal);
        Assert.Contains("Rdrv1 in1 row1 50\n", text, StringComparison.Ordinal);
        Assert.Contains("Vcol0 col0 ro0 DC 0\n", text, StringComparison.Ordinal);
        Assert.Contains("Rro0 ro0 0 1000\n", text, StringComparison.Ordinal);
        Assert.Contains("Xtile row0 row1 col0 col1 crossbar_tile\n", text, StringComparison.Ordinal);
        Assert.EndsWith(".op\n.end\n", text, StringComparison.Ordinal);
        Assert.Equal("i(vcol1)", CrossbarTileNames.ColumnCurrentVector(1));
    }

    [Fact]
    public void BuildTestBench_Twice_WritesIdenticalCultureInvariantTextThatReadsBack()
    {
        var tile = new CrossbarTileCircuit(Conductances(3, 3)) { RowSegmentOhms = 2.5, ColumnSegmentOhms = 1.5, AccessTransistor = new AccessTransistorParameters() };
        var first = SpiceNetlistWriter.Write(CrossbarTileNetlistBuilder.BuildTestBench(tile, [0.1, 0.2, 0.3]));
        var culture = CultureInfo.CurrentCulture;
        string second;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            second = SpiceNetlistWriter.Write(CrossbarTileNetlistBuilder.BuildTestBench(tile, [0.1, 0.2, 0.3]));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(first, second);
        Assert.Contains("Rr0_0 row0 r0_0 2.5\n", first, StringComparison.Ordinal);
        Assert.Equal(first, SpiceNetlistWriter.Write(SpiceNetlistReader.Read(first, "(bench)")));
    }
}
