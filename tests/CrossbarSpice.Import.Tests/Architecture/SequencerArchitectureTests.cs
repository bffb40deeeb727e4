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

    /// <summary>Layers (in a <c>[4, 4]</c> network) and every diagnostic they give, to the letter.</summary>
    public static TheoryData<string, string> LayerMessages => new()
    {
        { "{ \"name\": \"p\", \"type\": \"permute\", \"perm\": [1, 0], \"axes\": 2 }", "arch.json: field '$.layers[0].axes': NW002 unknown field 'axes'; allowed here: input, name, perm, type" },
        { "{ \"name\": 5, \"type\": \"permute\", \"perm\": [1, 0] }", "arch.json: field '$.layers[0].name': NW004 expected a non-empty string, found the number 5" },
        { "{ \"name\": \"\", \"type\": \"permute\", \"perm\": [1, 0] }", "arch.json: field '$.layers[0].name': NW004 expected a non-empty string, found the string \"\"" },
        { "{ \"name\": \"p\", \"type\": \"permute\", \"perm\": \"1,0\" }", "arch.json: field '$.layers[0].perm': NW004 expected an integer, found the string \"1,0\"" },
        { "{ \"name\": \"p\", \"type\": \"permute\", \"perm\": null }", "arch.json: field '$.layers[0].perm': NW003 required field 'perm' is missing" },
        { "{ \"name\": \"p\", \"type\": \"permute\", \"perm\": [] }", "arch.json: field '$.layers[0].perm': NW005 expected at least one dimension" },
        { "{ \"name\": \"p\", \"type\": \"permute\", \"perm\": [1.5, 0] }", "arch.json: field '$.layers[0].perm[0]': NW004 expected an integer, found the number 1.5" },
        { "{ \"name\": \"p\", \"type\": \"lstm\", \"inputSize\": 4, \"hiddenSize\": 2, \"returnSequences\": \"yes\", \"weightIh\": \"a\", \"weightHh\": \"b\" }", "arch.json: field '$.layers[0].returnSequences': NW004 expected true or false, found the string \"yes\"" },
        { "[1]", "arch.json: field '$.layers[0]': NW004 expected an object, found an array" },
        { "{ \"name\": \"mix\", \"type\": \"bilstm2d\", \"inputSize\": 4, \"hiddenSize\": 3, \"vertical\": \"v\", \"horizontal\": {} }", "arch.json: field '$.layers[0].vertical': NW004 expected an object, found the string \"v\"\narch.json: field '$.layers[0].horizontal.forward': NW003 required field 'forward' is missing\narch.json: field '$.layers[0].horizontal.backward': NW003 required field 'backward' is missing" },
    };

    /// <summary>Whole files and every diagnostic they give, to the letter.</summary>
    public static TheoryData<string, string> FileMessages => new()
    {
        { "{ \"format\": \"crossbarspice-architecture/1\", \"name\": \"t\", \"input\": \"x\", \"layers\": [], \"allowIntegerWeights\": 1 }", "arch.json: field '$.input': NW004 expected an object, found the string \"x\"\narch.json: field '$.allowIntegerWeights': NW004 expected true or false, found the number 1\narch.json: field '$.layers': NW004 expected a non-empty array of layers, found an array" },
        { "[]", "arch.json: field '$': NW004 expected an object, found an array" },
        { "{ \"format\": \"crossbarspice-architecture/1\", \"name\": \"t\", \"input\": { \"shape\": [4], \"extra\": 1 }, \"layers\": [] }", "arch.json: field '$.input.extra': NW002 unknown field 'extra'; allowed here: name, shape\narch.json: field '$.layers': NW004 expected a non-empty array of layers, found an array" },
    };

    [Theory]
    [MemberData(nameof(LayerMessages))]
    public void Parse_MalformedLayer_GivesTheExactMessages(string layer, string expected)
    {
        var result = ArchitectureReader.Parse(Architectures.With("[4, 4]", layer), "arch.json");

        Assert.Equal(expected, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(FileMessages))]
    public void Parse_MalformedFile_GivesTheExactMessages(string text, string expected)
    {
        var result = ArchitectureReader.Parse(text, "arch.json");

        Assert.Equal(expected, string.Join("\n", result.Diagnostics));
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
