using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Netlist.Values;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Netlist.Tests.Reading;

public sealed class SpiceNetlistReaderTests
{
    [Fact]
    public void WriteReadWrite_Catalog_IsByteIdentical()
    {
        var first = SpiceNetlistWriter.Write(NetlistCatalog.Everything());
        var second = SpiceNetlistWriter.Write(SpiceNetlistReader.Read(first, "catalog.cir"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Read_WrittenCatalog_ItemsEqualTheOriginalExactly()
    {
        var catalog = NetlistCatalog.Everything();
        var read = SpiceNetlistReader.Read(SpiceNetlistWriter.Write(catalog), "catalog.cir");
        Assert.Equal(catalog.Title, read.Title);
        Assert.Equal(catalog.Items, read.Items);
    }

    [Fact]
    public void Read_WrittenCatalog_AwkwardDoublesAreBitIdentical()
    {
        var read = SpiceNetlistReader.Read(SpiceNetlistWriter.Write(NetlistCatalog.Everything()), "catalog.cir");
        var awkward = read.Items.OfType<ParamDirective>().Single(p => p.Parameters[0].Name == "awk0").Parameters;
        var bits = awkward.Select(p => BitConverter.DoubleToInt64Bits(p.Value.NumberValue));
        Assert.Equal(NetlistCatalog.AwkwardNumbers.Select(BitConverter.DoubleToInt64Bits), bits);
    }

    [Fact]
    public void Read_ContinuationCommentsMixedCase_ParsesLikeTheCanonicalForm()
    {
        const string text =
            "Hand-written deck\r\n"
            + "* a kept comment\r\n"
            + "\r\n"
            + ".MODEL NCH nmos ( LEVEL = 1\r\n"
            + "+ VTO = 0.42 ; threshold\r\n"
            + "*  comment between continuation lines\r\n"
            + "+   KP=160u )\r\n"
            + "   r1 In Out 2.5K $ inline comment\r\n"
            + "vdd VDD 0 dc 1.8 ac 1\r\n"
            + "mN1 Out In 0 0 NCH w = 1u\r\n"
            + "+ l=180n\r\n"
            + ".Subckt Buf a y PARAMS: g = 2\r\n"
            + "eBuf y 0 a 0 {g}\r\n"
            + ".Ends\r\n"
            + "xB1 Out buffered Buf params: g=3\r\n"
            + ".TRAN 1n 1u UIC\r\n"
            + ".END\r\n"
            + "anything after .end is ignored (\r\n";
        var netlist = SpiceNetlistReader.Read(text, "hand.cir");

        const string expected =
            "Hand-written deck\n"
            + "* a kept comment\n"
            + ".model NCH nmos (LEVEL=1 VTO=0.42 KP=0.00016)\n"
            + "*  comment between continuation lines\n"
            + "r1 In Out 2500\n"
            + "vdd VDD 0 DC 1.8 AC 1\n"
            + "mN1 Out In 0 0 NCH w=1E-06 l=1.8E-07\n"
            + ".subckt Buf a y params: g=2\n"
            + "eBuf y 0 a 0 {g}\n"
            + ".ends Buf\n"
            + "xB1 Out buffered Buf g=3\n"
            + ".tran 1E-09 1E-06 uic\n"
            + ".end\n";
        Assert.Equal(expected, SpiceNetlistWriter.Write(netlist));
    }

    [Fact]
    public void Read_ElementsInMixedCase_KeepNamesAsWritten()
    {
        var netlist = SpiceNetlistReader.Read("t\nrLoad nA nB 1k\n", "t.cir");
        var resistor = Assert.IsType<Resistor>(Assert.Single(netlist.Items));
        Assert.Equal(new Resistor("rLoad", "nA", "nB", 1000), resistor);
    }

    [Fact]
    public void Read_SourceForms_GiveDcAcAndWaveform()
    {
        var netlist = SpiceNetlistReader.Read(
            "t\nV1 a 0 1.5\nV2 b 0 pulse(0, 1, 0, 1n, 1n, 5n, 10n)\nI1 c 0 DC 1m SIN(0 1m 1k)\nV3 d 0 ac 1 dc {vdd}\n", "t.cir");
        Assert.Equal(
            [
                new VoltageSource("V1", "a", "0", 1.5),
                new VoltageSource("V2", "b", "0", new SourceWaveform(0, null, new PulseWaveform(0, 1, 0, 1e-9, 1e-9, 5e-9, 10e-9))),
                new CurrentSource("I1", "c", "0", new SourceWaveform(1e-3, null, new SineWaveform(0, 1e-3, 1e3))),
                new VoltageSource("V3", "d", "0", new SourceWaveform(SpiceValue.Expression("vdd"), 1)),
            ],
            netlist.Items);
    }

    [Fact]
    public void Read_DiodeWithPositionalArea_ReadsArea()
    {
        var netlist = SpiceNetlistReader.Read("t\nD1 a k dm 3\n", "t.cir");
        Assert.Equal(new Diode("D1", "a", "k", "dm", 3), Assert.Single(netlist.Items));
    }

    [Fact]
    public void Read_BehavioralSourceWithSpaces_KeepsExpressionVerbatim()
    {
        var netlist = SpiceNetlistReader.Read("t\nB1 a 0 i = v(b) * (1 + v(c))  ; note\n", "t.cir");
        Assert.Equal(new BehavioralSource("B1", "a", "0", BehavioralSourceKind.Current, "v(b) * (1 + v(c))"), Assert.Single(netlist.Items));
    }

    [Fact]
    public void Read_MeasureWithParentheses_KeepsSpecificationVerbatim()
    {
        var netlist = SpiceNetlistReader.Read("t\n.measure TRAN tdelay TRIG v(in) VAL=0.5 RISE=1 TARG v(out) VAL=0.5 RISE=1\n", "t.cir");
        Assert.Equal(new MeasureDirective("TRAN", "tdelay", "TRIG v(in) VAL=0.5 RISE=1 TARG v(out) VAL=0.5 RISE=1"), Assert.Single(netlist.Items));
    }

    [Fact]
    public void Read_DcWithTwoSweepsAndIncludeAliases_Parses()
    {
        var netlist = SpiceNetlistReader.Read("t\n.inc models.lib\n.lib 'corners.lib' tt\n.dc V1 0 1 10m V2 0 2 1\n.op\n", "t.cir");
        Assert.Equal(
            [
                new IncludeDirective("models.lib"),
                new LibDirective("corners.lib", "tt"),
                new DcAnalysis(new DcSweep("V1", 0, 1, 0.01), new DcSweep("V2", 0, 2, 1)),
                new OpAnalysis(),
            ],
            netlist.Items);
    }

    [Fact]
    public void Read_EmptyDeck_HasTitleOnly()
    {
        var netlist = SpiceNetlistReader.Read("just a title", "t.cir");
        Assert.Equal("just a title", netlist.Title);
        Assert.Empty(netlist.Items);
    }

    [Fact]
    public void ReadFile_WrittenCatalog_SetsSourcePathAndRoundTrips()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crossbarspice-netlist-{Guid.NewGuid():N}.cir");
        try
        {
            var text = SpiceNetlistWriter.Write(NetlistCatalog.Everything());
            File.WriteAllText(path, text);
            var netlist = SpiceNetlistReader.ReadFile(path);
            Assert.Equal(path, netlist.SourcePath);
            Assert.Equal(text, SpiceNetlistWriter.Write(netlist));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsInputExceptionNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.cir");
        var exception = Assert.Throws<InputException>(() => SpiceNetlistReader.ReadFile(path));
        Assert.Equal(path, exception.Location.File);
    }
}
