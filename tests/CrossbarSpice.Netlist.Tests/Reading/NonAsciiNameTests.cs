using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Netlist.Writing;

namespace CrossbarSpice.Netlist.Tests.Reading;

/// <summary>
/// ngspice turns every byte outside printable ASCII into '_', so 'än' and 'ön' would silently become one node '__n':
/// the reader and the writer refuse such names, naming the file, line and column.
/// </summary>
public sealed class NonAsciiNameTests
{
    [Theory]
    [InlineData("t\nV1 än 0 1\nR1 än ön 1k\nR2 ön 0 1k\n.op\n.end\n", 2, 4, "än")]
    [InlineData("t\nV1 a 0 1\nRü a 0 1k\n.op\n.end\n", 3, 1, "Rü")]
    [InlineData("t\nV1 a 0 1\nR1 a 0 {wert·2}\n.op\n.end\n", 3, 8, "{wert·2}")]
    [InlineData("t\n.model dé d\n", 2, 8, "dé")]
    [InlineData("t\n.subckt amp a b x\u00A0y\n.ends\n", 2, 17, "x\u00A0y")]
    public void Read_NameOutsidePrintableAscii_IsRefusedAtTheToken(string text, int line, int column, string token)
    {
        var error = Assert.Throws<NetlistParseException>(() => SpiceNetlistReader.Read(text, "deck.cir"));

        Assert.Equal(new Core.Diagnostics.SourceLocation("deck.cir", line, column), error.Location);
        Assert.Equal(token, error.Token);
        Assert.Contains("ngspice keeps only printable ASCII in names", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonAsciiInCommentsTitleAndQuotedPath_IsKept()
    {
        var deck = SpiceNetlistReader.Read("Tïtle\n* kömment\n.include \"/tmp/jörg/models.lib\"\nR1 a 0 1k ; ümlaut\n.op\n.end\n", "deck.cir");

        Assert.Equal("Tïtle", deck.Title);
        Assert.Contains(deck.Items, item => item is CrossbarSpice.Netlist.Directives.IncludeDirective { Path: "/tmp/jörg/models.lib" });
    }

    [Fact]
    public void Write_NodeOutsidePrintableAscii_IsRefused()
    {
        var deck = new SpiceNetlist("t", [new Resistor("R1", "än", "0", 1000.0)]);

        var error = Assert.Throws<ArgumentException>(() => SpiceNetlistWriter.Write(deck));

        Assert.Contains("'än' holds 'ä' (U+00E4)", error.Message, StringComparison.Ordinal);
    }
}
