using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Tests.Elements;

public sealed class ElementEqualityTests
{
    [Fact]
    public void Equals_SameListContents_RecordsAreEqual()
    {
        var a = new Mosfet("M1", "d", "g", "s", "b", "nch", [new SpiceParameter("W", 1e-6)]);
        var b = new Mosfet("M1", "d", "g", "s", "b", "nch", new List<SpiceParameter> { new("W", 1e-6) });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Parameters = [new SpiceParameter("W", 2e-6)] });
    }

    [Fact]
    public void Parameters_MutatingTheSourceList_DoesNotChangeTheRecord()
    {
        var list = new List<SpiceParameter> { new("ic", 0.5) };
        var capacitor = new Capacitor("C1", "a", "0", 1e-12, list);
        list.Add(new SpiceParameter("m", 2));
        Assert.Single(capacitor.Parameters);
    }

    [Fact]
    public void Letter_EachElement_IsItsSpiceLetter()
    {
        Assert.Equal('R', new Resistor("R1", "a", "b", 1).Letter);
        Assert.Equal('X', new SubcircuitInstance("X1", ["a"], "sub").Letter);
        Assert.Equal('W', new CurrentSwitch("W1", "a", "b", "V1", "m").Letter);
    }
}
