using CrossbarSpice.Core.Network;
using CrossbarSpice.Import.Architecture;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests.Architecture;

/// <summary>Sizes whose element count overflows 2^31 − 1 are diagnostics naming the file and field, never a crash.</summary>
public sealed class ArchitectureSizeOverflowTests
{
    [Theory]
    [InlineData("[100000, 100000, 100000]", "$.input.shape", "the shape [100000, 100000, 100000] holds more than 2^31 − 1 elements")]
    [InlineData("[4]", "$.layers[0].weight", "the tensor's shape [2000000000, 4] holds more than 2^31 − 1 elements")]
    public void Parse_ElementCountOverflow_IsReportedAtTheField(string inputShape, string field, string message)
    {
        var layer = inputShape == "[4]"
            ? """{ "name": "fc", "type": "dense", "inFeatures": 4, "outFeatures": 2000000000, "weight": "w" }"""
            : """{ "name": "fc", "type": "dense", "inFeatures": 4, "outFeatures": 2, "weight": "w" }""";

        var result = ArchitectureReader.Parse(Architectures.With(inputShape, layer), "arch.json");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Location.Field == field);
        Assert.Equal("arch.json", diagnostic.Location.File);
        Assert.Equal(NetworkDiagnosticCode.OutOfRange, diagnostic.Code);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Parse_LstmHiddenSizeWhoseGatesOverflowInt_IsReportedAtTheWeights()
    {
        var layer = """{ "name": "rnn", "type": "lstm", "inputSize": 4, "hiddenSize": 1000000000, "weightIh": "a", "weightHh": "b" }""";

        var result = ArchitectureReader.Parse(Architectures.With("[3, 4]", layer), "arch.json");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Location.Field == "$.layers[0].weightIh");
        Assert.Contains("[4000000000, 4] holds more than 2^31 − 1 elements", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_IsNamedWithTheFile()
    {
        var layer = """{ "name": "fc", "type": "dense", "inFeatures": 4, "outFeatures": 2, "outFeatures": 3, "weight": "w" }""";

        var result = ArchitectureReader.Parse(Architectures.With("[4]", layer), "arch.json");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(NetworkDiagnosticCode.DuplicateField, diagnostic.Code);
        Assert.Equal("arch.json", diagnostic.Location.File);
        Assert.Equal("$.layers[0].outFeatures", diagnostic.Location.Field);
        Assert.Contains("duplicate key 'outFeatures'", diagnostic.Message, StringComparison.Ordinal);
    }
}
