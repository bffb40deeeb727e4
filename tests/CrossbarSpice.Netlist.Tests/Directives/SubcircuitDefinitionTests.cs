using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Elements;

namespace CrossbarSpice.Netlist.Tests.Directives;

public sealed class SubcircuitDefinitionTests
{
    [Fact]
    public void Constructor_BodyWithAnalysis_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new SubcircuitDefinition("s", ["a"], [new OpAnalysis()]));
    }

    [Fact]
    public void With_BodyWithAnalysis_ThrowsArgumentException()
    {
        var subcircuit = new SubcircuitDefinition("s", ["a"], [new Resistor("R1", "a", "0", 1)]);
        Assert.Throws<ArgumentException>(() => subcircuit with { Items = [new OpAnalysis()] });
    }
}
