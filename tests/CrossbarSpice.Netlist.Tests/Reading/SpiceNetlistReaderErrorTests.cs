using CrossbarSpice.Netlist.Reading;

namespace CrossbarSpice.Netlist.Tests.Reading;

/// <summary>Each malformed deck gives a <see cref="NetlistParseException"/> at the offending token (1-based line and column).</summary>
public sealed class SpiceNetlistReaderErrorTests
{
    [Theory]
    [InlineData("t\nR1 a 0 1k\n.control\nrun\n.endc\n.end\n", 3, 1, ".control", "unsupported directive '.control'")]
    [InlineData("t\nT1 a 0 b 0 z0=50 td=1n\n", 2, 1, "T1", "unsupported element 'T1'")]
    [InlineData("t\nV1 a 0 1\n.ac dec 10 1 1meg\n", 3, 1, ".ac", "unsupported directive '.ac'")]
    [InlineData("t\nR1 a\n", 2, 5, "", "expected the second node of R1, found end of line")]
    [InlineData("t\n* c\nR3 a b abc\n", 3, 8, "abc", "expected a number or {expression} for the resistance of R3, found 'abc'")]
    [InlineData("t\n.subckt amp a b\nR1 a b 1k\n.end\n", 2, 1, ".subckt", "'.subckt amp' has no matching .ends")]
    [InlineData("t\n.subckt amp a b\nR1 a b 1k\n", 2, 1, ".subckt", "'.subckt amp' has no matching .ends")]
    [InlineData("t\nR1 a 0 1\n.ends\n", 3, 1, ".ends", "'.ends' has no matching .subckt")]
    [InlineData("t\n.subckt amp a b\n.ends buf\n", 3, 7, "buf", "expected '.ends amp'")]
    [InlineData("t\nR1 a\n+ b xyz\n", 3, 5, "xyz", "for the resistance of R1, found 'xyz'")]
    [InlineData("t\n   C1 a 0 x\n", 2, 11, "x", "for the capacitance of C1")]
    [InlineData("t\n.tran 1n abc\n", 2, 10, "abc", "expected a number for the stop time of .tran, found 'abc'")]
    [InlineData("t\nV1 a 0 PULSE(0 1)\n", 2, 8, "PULSE", "PULSE of V1 needs 7 values")]
    [InlineData("t\nV1 a 0 SIN(0 1\n", 2, 15, "", "expected ')' to close SIN of V1, found end of line")]
    [InlineData("t\nR1 a 0 {rval\n", 2, 8, "{", "expected '}'")]
    [InlineData("t\n+ R1 a 0 1\n", 2, 1, "+", "no statement to continue")]
    [InlineData("t\nM1 d g s b\n", 2, 11, "", "expected the model name of M1, found end of line")]
    [InlineData("t\nB1 a 0 v(x)\n", 2, 9, "(", "expected '=' after v of B1, found '('")]
    [InlineData("t\nB1 a 0 x=1\n", 2, 8, "x", "expected V= or I= for B1, found 'x'")]
    [InlineData("t\nR1 a 0 1k 2k\n", 2, 11, "2k", "expected a parameter (name=value) of R1, found '2k'")]
    [InlineData("t\nS1 a b c d sw OPEN\n", 2, 15, "OPEN", "unexpected 'OPEN' after the element S1")]
    [InlineData("t\n.subckt s a\n.op\n.ends\n", 3, 1, ".op", "analysis '.op' is not allowed inside '.subckt s'")]
    [InlineData("t\n.model d1 d (is=1e-14\n", 2, 22, "", "expected ')' to close the parameters of model d1")]
    [InlineData("t\n.lib models.lib\n", 2, 16, "", "expected the section name of .lib")]
    [InlineData("t\n.param\n", 2, 7, "", "expected a parameter (name=value) after .param")]
    [InlineData("t\nX1\n", 2, 3, "", "expected the subcircuit name of X1")]
    [InlineData("t\n(R1 a 0 1\n", 2, 1, "(", "expected an element name or a directive")]
    [InlineData("t\nV1 a 0 DC 1 DC 2\n", 2, 13, "DC", "expected DC, AC, PULSE, PWL or SIN for V1")]
    public void Read_MalformedDeck_ThrowsAtTheOffendingToken(string text, int line, int column, string token, string problem)
    {
        var exception = Assert.Throws<NetlistParseException>(() => SpiceNetlistReader.Read(text, "bad.cir"));
        Assert.Equal("bad.cir", exception.Location.File);
        Assert.Equal(line, exception.Location.Line);
        Assert.Equal(column, exception.Location.Column);
        Assert.Equal(token, exception.Token);
        Assert.Contains(problem, exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_NonNumberValue_NamesFileLineColumnAndExpectation()
    {
        var text = "t\n*\n*\n*\n*\n*\nR3   b c abc\n";
        var exception = Assert.Throws<NetlistParseException>(() => SpiceNetlistReader.Read(text, "bad.cir"));
        Assert.Equal("bad.cir:7:10: expected a number or {expression} for the resistance of R3, found 'abc'", exception.Message);
    }
}
