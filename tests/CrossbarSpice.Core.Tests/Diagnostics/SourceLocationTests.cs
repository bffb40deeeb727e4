using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Core.Tests.Diagnostics;

public sealed class SourceLocationTests
{
    [Theory]
    [InlineData("a.cir", 3, 7, null, "a.cir:3:7")]
    [InlineData("card.json", null, null, "memristor.ronOhms", "card.json: field 'memristor.ronOhms'")]
    [InlineData(null, 4, null, null, "line 4")]
    [InlineData(null, null, null, "--tran", "field '--tran'")]
    public void ToString_PartsGiven_ListsOnlyThose(string? file, int? line, int? column, string? field, string expected) =>
        Assert.Equal(expected, new SourceLocation(file, line, column, field).ToString());

    [Fact]
    public void InputException_Message_StartsWithLocation()
    {
        var error = new InputException(new SourceLocation("w.npz", Field: "fc1.weight"), "expected shape [64, 784], found [64, 783]");

        Assert.Equal("w.npz: field 'fc1.weight': expected shape [64, 784], found [64, 783]", error.Message);
        Assert.Equal("expected shape [64, 784], found [64, 783]", error.Problem);
    }
}
