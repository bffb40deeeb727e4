using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Architecture;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests.Architecture;

/// <summary>Reading the layer types of the seed-000 sequencer: <c>permute</c> and <c>bilstm2d</c>.</summary>
public sealed class SequencerArchitectureTests
{
    private static string Bilstm2d(string vertical, string horizontal, string extra = "") =>
        $$"""{ "name": "mix", "type": "bilstm2d", "inputSize": 8, "hiddenSize": 3, "vertical": {{vertical}}, "horizontal": {{horizontal}}{{extra}} }""";

    private static string Pair(string p) =>
        $$"""{ "forward": { "weightIh": "{{p}}.f.wih", "weightHh": "{{p}}.f.whh", "biasIh": "{{p}}.f.bih" }, "backward": { "weightIh": "{{p}}.b.wih", "weightHh": "{{p}}.b.whh" } }""";

    [Fact]
    public void Parse_Bilstm2d_DeclaresFourCellsUnderVerticalAndHorizontal()
    {
        var json = Architectures.With("[3, 4, 8]", Bilstm2d(Pair("v"), Pair("h")));

        var result = ArchitectureReader.Parse(json, "arch.json");

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var layer = Assert.Single(result.Architecture!.Layers);
        Assert.Equal(
            ["vertical.forward.weightIh", "vertical.forward.weightHh", "vertical.forward.biasIh", "vertical.backward.weightIh", "vertical.backward.weightHh",
             "horizontal.forward.weightIh", "horizontal.forward.weightHh", "horizontal.forward.biasIh", "horizontal.backward.weightIh", "horizontal.backward.weightHh"],
            layer.Tensors.Select(t => t.Role));
        Assert.Equal(["v.f.wih", "v.f.whh", "v.f.bih", "v.b.wih", "v.b.whh", "h.f.wih", "h.f.whh", "h.f.bih", "h.b.wih", "h.b.whh"], layer.Tensors.Select(t => t.Reference));
        Assert.Equal(new TensorShape(12, 8), layer.Tensors[0].ExpectedShape);
        Assert.Equal(new TensorShape(12, 3), layer.Tensors[1].ExpectedShape);
        Assert.Equal(new TensorShape(12), layer.Tensors[2].ExpectedShape);
        Assert.Equal("$.layers[0].horizontal.backward.weightHh", layer.Tensors[9].JsonPath);
    }

    [Fact]
    public void Parse_Permute_ReadsThePermutation()
    {
        var json = Architectures.With("[8, 3, 4]", """{ "name": "tokens", "type": "permute", "perm": [1, 2, 0] }""");

        var result = ArchitectureReader.Parse(json, "arch.json");

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var op = Assert.IsType<PermuteLayer>(Assert.Single(result.Architecture!.Layers).Build(new Dictionary<string, Tensor>()));
        Assert.Equal([1, 2, 0], op.Permutation.ToArray());
    }

    [Theory]
    [InlineData("""{ "name": "p", "type": "permute" }""", NetworkDiagnosticCode.MissingField, "$.layers[0].perm", "required field 'perm' is missing")]
    [InlineData("""{ "name": "p", "type": "permute", "perm": [1, 1, 0] }""", NetworkDiagnosticCode.OutOfRange, "$.layers[0].perm", "expected a permutation of 0…2, found [1, 1, 0]: axis 1 appears twice")]
    [InlineData("""{ "name": "p", "type": "permute", "perm": [0, 2] }""", NetworkDiagnosticCode.OutOfRange, "$.layers[0].perm", "axis 2 is outside 0…1")]
    [InlineData("""{ "name": "p", "type": "permute", "perm": [0, -1] }""", NetworkDiagnosticCode.OutOfRange, "$.layers[0].perm[1]", "expected an integer ≥ 0, found -1")]
    [InlineData("""{ "name": "p", "type": "permute", "perm": "1,2,0" }""", NetworkDiagnosticCode.WrongType, "$.layers[0].perm", "expected an integer")]
    [InlineData("""{ "name": "p", "type": "permute", "perm": [1, 0], "axes": 2 }""", NetworkDiagnosticCode.UnknownField, "$.layers[0].axes", "allowed here: input, name, perm, type")]
    public void Parse_BadPermute_ReportsCodePathAndReason(string layer, NetworkDiagnosticCode code, string path, string message)
    {
        var result = ArchitectureReader.Parse(Architectures.With("[4, 4]", layer), "arch.json");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Location.Field);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "forward": { "weightIh": "a", "weightHh": "b" } }""", NetworkDiagnosticCode.MissingField, "$.layers[0].vertical.backward")]
    [InlineData("""{ "forward": { "weightIh": "a" }, "backward": { "weightIh": "c", "weightHh": "d" } }""", NetworkDiagnosticCode.MissingField, "$.layers[0].vertical.forward.weightHh")]
    [InlineData("""{ "forward": { "weightIh": "a", "weightHh": "b", "bias": "x" }, "backward": { "weightIh": "c", "weightHh": "d" } }""", NetworkDiagnosticCode.UnknownField, "$.layers[0].vertical.forward.bias")]
    [InlineData("""{ "forward": { "weightIh": "a", "weightHh": "b" }, "backward": { "weightIh": "c", "weightHh": "d" }, "up": {} }""", NetworkDiagnosticCode.UnknownField, "$.layers[0].vertical.up")]
    [InlineData("""[1, 2]""", NetworkDiagnosticCode.WrongType, "$.layers[0].vertical")]
    public void Parse_BadBilstm2dVertical_ReportsCodeAndPath(string vertical, NetworkDiagnosticCode code, string path)
    {
        var result = ArchitectureReader.Parse(Architectures.With("[3, 4, 8]", Bilstm2d(vertical, Pair("h"))), "arch.json");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Location.Field);
    }

    [Fact]
    public void Parse_Bilstm2dWithoutHorizontalOrWithReturnSequences_ReportsEach()
    {
        var json = Architectures.With("[3, 4, 8]", """{ "name": "mix", "type": "bilstm2d", "inputSize": 8, "hiddenSize": 0, "vertical": { "forward": { "weightIh": "a", "weightHh": "b" }, "backward": { "weightIh": "c", "weightHh": "d" } }, "returnSequences": false }""");

        var diagnostics = ArchitectureReader.Parse(json, "arch.json").Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == NetworkDiagnosticCode.MissingField && d.Location.Field == "$.layers[0].horizontal");
        Assert.Contains(diagnostics, d => d.Code == NetworkDiagnosticCode.OutOfRange && d.Location.Field == "$.layers[0].hiddenSize");
        Assert.Contains(diagnostics, d => d.Code == NetworkDiagnosticCode.UnknownField && d.Location.Field == "$.layers[0].returnSequences");
        Assert.Equal(3, diagnostics.Count);
    }
}
