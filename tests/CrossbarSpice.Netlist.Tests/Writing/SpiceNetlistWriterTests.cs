using System.Globalization;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Netlist.Tests.Writing;

public sealed class SpiceNetlistWriterTests
{
    [Fact]
    public void Write_Catalog_TitleFirstEndLastLfOnly()
    {
        var text = SpiceNetlistWriter.Write(NetlistCatalog.Everything());
        Assert.StartsWith("CrossbarSpice catalog: every construct of the netlist subset\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\n.tran 1E-09 1E-07 0 1E-10 uic\n.meas tran vavg AVG v(mid) FROM=1e-8 TO=9e-8\n.end\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain("\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TwoBuildsOfTheSameDeck_AreIdentical()
    {
        Assert.Equal(SpiceNetlistWriter.Write(NetlistCatalog.Everything()), SpiceNetlistWriter.Write(NetlistCatalog.Everything()));
    }

    [Fact]
    public void Write_Catalog_SubcircuitBodiesBetweenSubcktAndEnds()
    {
        var text = SpiceNetlistWriter.Write(NetlistCatalog.Everything());
        Assert.Contains(
            ".subckt divider top out gnd params: ratio=0.5 rtot=10000\n* a resistive divider with a nested subcircuit\n"
            + ".param rlow={rtot*ratio}\nRTOP top out {rtot*(1-ratio)}\nRBOT out gnd {rlow}\n.subckt load a b\nRLOAD a b 1000000\n"
            + ".ends load\nXLOAD out gnd load\n.include \"models/extra.inc\"\n.ends divider\n",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_GermanCulture_UsesDecimalPointAndInvariantExponent()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var netlist = new SpiceNetlist("culture", [new Resistor("R1", "a", "0", 0.5), new Capacitor("C1", "a", "0", 1e-9)]);
            Assert.Equal("culture\nR1 a 0 0.5\nC1 a 0 1E-09\n.end\n", SpiceNetlistWriter.Write(netlist));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [MemberData(nameof(SingleItems))]
    public void WriteItem_EachForm_GivesExpectedLine(NetlistItem item, string expected)
    {
        Assert.Equal(expected + "\n", SpiceNetlistWriter.WriteItem(item));
    }

    public static TheoryData<NetlistItem, string> SingleItems() => new()
    {
        { new Comment(string.Empty), "*" },
        { new Comment("made by CrossbarSpice"), "* made by CrossbarSpice" },
        { new Diode("D1", "a", "k", "dm", 2), "D1 a k dm area=2" },
        { new TranAnalysis(1e-9, 1e-6, MaxStep: 1e-10), ".tran 1E-09 1E-06 0 1E-10" },
        { new TranAnalysis(1e-9, 1e-6), ".tran 1E-09 1E-06" },
        { new DcAnalysis(new DcSweep("V1", -1, 1, 0.5)), ".dc V1 -1 1 0.5" },
        { new OpAnalysis(), ".op" },
        {
            new OptionsDirective([new SpiceOption("method", SpiceValue.Expression("gear")), new SpiceOption("abstol", SpiceValue.Expression("a*2")), new SpiceOption("klu")]),
            ".options method=gear abstol={a*2} klu"
        },
        { new ModelCard("sw1", "sw", []), ".model sw1 sw" },
        { new LibDirective("/abs/lib.l", "ff"), ".lib \"/abs/lib.l\" ff" },
        { new VoltageSource("V1", "a", "0", SpiceValue.Expression("vdd")), "V1 a 0 DC {vdd}" },
        { new VoltageSwitch("S1", "a", "b", "c", "0", "sw1"), "S1 a b c 0 sw1" },
    };

    [Theory]
    [InlineData("a b")]
    [InlineData("")]
    [InlineData("a=b")]
    [InlineData("x(1)")]
    [InlineData("$x")]
    [InlineData("a;b")]
    public void Write_UnwritableNodeName_ThrowsArgumentException(string node)
    {
        var netlist = new SpiceNetlist("t", [new Resistor("R1", node, "0", 1)]);
        var exception = Assert.Throws<ArgumentException>(() => SpiceNetlistWriter.Write(netlist));
        Assert.Contains("R1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NameWithWrongLetter_ThrowsArgumentException()
    {
        var netlist = new SpiceNetlist("t", [new Resistor("C1", "a", "0", 1)]);
        Assert.Throws<ArgumentException>(() => SpiceNetlistWriter.Write(netlist));
    }

    [Theory]
    [InlineData("v(a) ; x")]
    [InlineData("v(a)\n+1")]
    [InlineData(" v(a)")]
    public void Write_UnwritableExpression_ThrowsArgumentException(string expression)
    {
        var netlist = new SpiceNetlist("t", [new BehavioralSource("B1", "a", "0", BehavioralSourceKind.Voltage, expression)]);
        Assert.Throws<ArgumentException>(() => SpiceNetlistWriter.Write(netlist));
    }
}
