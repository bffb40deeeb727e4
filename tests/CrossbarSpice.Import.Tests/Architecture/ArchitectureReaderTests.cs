using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Architecture;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests.Architecture;

public sealed class ArchitectureReaderTests
{
    [Fact]
    public void Read_MlpFixture_DeclaresLayersTensorsAndActivations()
    {
        var architecture = ArchitectureReader.Read(Values.Fixture("tiny_mlp.architecture.json"));

        Assert.Equal("tiny-mlp", architecture.Name);
        Assert.Equal(new NetworkInput("x", new TensorShape(4)), architecture.Input);
        Assert.Equal(["fc1", "fc2"], architecture.Layers.Select(l => l.Name));
        var fc1 = architecture.Layers[0];
        Assert.Equal("$.layers[0]", fc1.JsonPath);
        Assert.Equal(ActivationKind.Relu, fc1.Activation?.Kind);
        var weight = Assert.Single(fc1.Tensors, t => t.Role == "weight");
        Assert.Equal(new TensorShape(3, 4), weight.ExpectedShape);
        Assert.Equal("$.layers[0].weight", weight.JsonPath);
        Assert.Equal(0.5, architecture.Layers[1].Activation?.BoundedLinear?.Slope);
        Assert.Equal(1.0, architecture.Layers[1].Activation?.BoundedLinear?.Limit);
    }

    [Fact]
    public void Parse_EveryLayerType_DeclaresExpectedTensorShapes()
    {
        var json = Architectures.With(
            "[1, 28, 28]",
            """{ "name": "conv1", "type": "conv2d", "inChannels": 1, "outChannels": 14, "kernel": 9, "stride": [1, 1], "padding": 0, "weight": "c.w", "bias": "c.b", "activation": "abs" }""",
            """{ "name": "pool1", "type": "avgPool2d", "kernel": 2 }""",
            """{ "name": "pool2", "type": "maxPool2d", "kernel": [2, 2], "stride": 1, "padding": [0, 0] }""",
            """{ "name": "gap", "type": "globalAvgPool", "input": "pool1" }""",
            """{ "name": "flat", "type": "flatten" }""",
            """{ "name": "norm", "type": "layerNorm", "normalizedShape": [14], "weight": "n.g", "bias": "n.b", "epsilon": 1e-6 }""",
            """{ "name": "act", "type": "activation", "activation": { "function": "boundedLinearTanh", "slope": 0.25, "limit": 2 } }""",
            """{ "name": "fc", "type": "dense", "inFeatures": 14, "outFeatures": 10, "weight": "f.w" }""",
            """{ "name": "rnn", "type": "lstm", "inputSize": 10, "hiddenSize": 3, "weightIh": "l.wih", "weightHh": "l.whh", "biasIh": "l.bih", "biasHh": "l.bhh", "returnSequences": false }""",
            """{ "name": "bi", "type": "bilstm", "inputSize": 10, "hiddenSize": 2, "forward": { "weightIh": "f.wih", "weightHh": "f.whh" }, "backward": { "weightIh": "b.wih", "weightHh": "b.whh", "biasIh": "b.bih" } }""");

        var result = ArchitectureReader.Parse(json, "arch.json");

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var layers = result.Architecture!.Layers.ToDictionary(l => l.Name);
        Assert.Equal(new TensorShape(14, 1, 9, 9), layers["conv1"].Tensors[0].ExpectedShape);
        Assert.Equal(ActivationKind.Abs, layers["conv1"].Activation?.Kind);
        Assert.Equal("pool1", layers["gap"].Input);
        Assert.Equal(new TensorShape(14), layers["norm"].Tensors[1].ExpectedShape);
        Assert.Equal(new TensorShape(10, 14), layers["fc"].Tensors[0].ExpectedShape);
        Assert.Equal([new TensorShape(12, 10), new TensorShape(12, 3), new TensorShape(12), new TensorShape(12)], layers["rnn"].Tensors.Select(t => t.ExpectedShape));
        Assert.Equal(["forward.weightIh", "forward.weightHh", "backward.weightIh", "backward.weightHh", "backward.biasIh"], layers["bi"].Tensors.Select(t => t.Role));
        Assert.Equal(new TensorShape(8, 10), layers["bi"].Tensors[0].ExpectedShape);
        Assert.Equal("$.layers[9].backward.biasIh", layers["bi"].Tensors[4].JsonPath);
    }

    [Fact]
    public void Parse_UnknownLayerType_ReportsTypePathAndAllowedTypes()
    {
        var json = Architectures.With("[4]", """{ "name": "fc1", "type": "dense2", "inFeatures": 4 }""");

        var diagnostic = Assert.Single(ArchitectureReader.Parse(json, "arch.json").Diagnostics);

        Assert.Equal(NetworkDiagnosticCode.UnknownName, diagnostic.Code);
        Assert.Equal("arch.json", diagnostic.Location.File);
        Assert.Equal("$.layers[0].type", diagnostic.Location.Field);
        Assert.Contains("unknown layer type 'dense2' (layer 'fc1')", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("dense, conv2d", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownField_ReportsItsPath()
    {
        var json = Architectures.With("[4]", """{ "name": "fc1", "type": "dense", "inFeatures": 4, "outFeatures": 3, "weight": "w", "wieght": "w" }""");

        var diagnostic = Assert.Single(ArchitectureReader.Parse(json, "arch.json").Diagnostics);

        Assert.Equal(NetworkDiagnosticCode.UnknownField, diagnostic.Code);
        Assert.Equal("$.layers[0].wieght", diagnostic.Location.Field);
        Assert.Equal("NW002", diagnostic.CodeText);
    }

    [Fact]
    public void Parse_UnknownTopLevelField_Reported()
    {
        var json = Architectures.With("[4]", """{ "name": "f", "type": "flatten" }""").Replace("\"name\": \"test\"", "\"name\": \"test\", \"version\": 2", StringComparison.Ordinal);

        var diagnostic = Assert.Single(ArchitectureReader.Parse(json, "arch.json").Diagnostics);

        Assert.Equal("$.version", diagnostic.Location.Field);
    }

    [Theory]
    [InlineData("""{ "name": "fc1", "type": "dense", "outFeatures": 3, "weight": "w" }""", NetworkDiagnosticCode.MissingField, "$.layers[0].inFeatures")]
    [InlineData("""{ "name": "fc1", "type": "dense", "inFeatures": "4", "outFeatures": 3, "weight": "w" }""", NetworkDiagnosticCode.WrongType, "$.layers[0].inFeatures")]
    [InlineData("""{ "name": "fc1", "type": "dense", "inFeatures": 0, "outFeatures": 3, "weight": "w" }""", NetworkDiagnosticCode.OutOfRange, "$.layers[0].inFeatures")]
    [InlineData("""{ "name": "fc1", "type": "dense", "inFeatures": 4, "outFeatures": 3 }""", NetworkDiagnosticCode.MissingField, "$.layers[0].weight")]
    [InlineData("""{ "name": "a", "type": "activation", "activation": "gelu" }""", NetworkDiagnosticCode.UnknownName, "$.layers[0].activation")]
    [InlineData("""{ "name": "a", "type": "activation", "activation": { "function": "relu", "slope": 2 } }""", NetworkDiagnosticCode.UnknownField, "$.layers[0].activation.slope")]
    [InlineData("""{ "name": "a", "type": "activation", "activation": { "function": "boundedLinearTanh", "slope": -1 } }""", NetworkDiagnosticCode.OutOfRange, "$.layers[0].activation.slope")]
    [InlineData("""{ "name": "p", "type": "avgPool2d", "kernel": 2, "stride": 0 }""", NetworkDiagnosticCode.OutOfRange, "$.layers[0].stride")]
    [InlineData("""{ "name": "p", "type": "maxPool2d", "kernel": [2, 2, 2] }""", NetworkDiagnosticCode.WrongType, "$.layers[0].kernel")]
    [InlineData("""{ "name": "n", "type": "layerNorm", "normalizedShape": [4], "epsilon": 0 }""", NetworkDiagnosticCode.OutOfRange, "$.layers[0].epsilon")]
    [InlineData("""{ "name": "r", "type": "bilstm", "inputSize": 4, "hiddenSize": 2, "forward": { "weightIh": "a", "weightHh": "b" } }""", NetworkDiagnosticCode.MissingField, "$.layers[0].backward")]
    [InlineData("""{ "type": "flatten" }""", NetworkDiagnosticCode.MissingField, "$.layers[0].name")]
    public void Parse_MalformedLayer_ReportsCodeAndPath(string layer, NetworkDiagnosticCode code, string path)
    {
        var result = ArchitectureReader.Parse(Architectures.With("[4]", layer), "arch.json");

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Location.Field == path);
    }

    [Fact]
    public void Parse_InvalidJson_ReportsLine()
    {
        var diagnostic = Assert.Single(ArchitectureReader.Parse("{\n  \"format\": \"x\",\n  oops\n}", "arch.json").Diagnostics);

        Assert.Equal(NetworkDiagnosticCode.InvalidFile, diagnostic.Code);
        Assert.Equal(3, diagnostic.Location.Line);
    }

    [Fact]
    public void Parse_WrongFormat_ReportsExpectedFormat()
    {
        var json = Architectures.With("[4]", """{ "name": "f", "type": "flatten" }""").Replace("crossbarspice-architecture/1", "keras/2", StringComparison.Ordinal);

        var diagnostic = Assert.Single(ArchitectureReader.Parse(json, "arch.json").Diagnostics);

        Assert.Equal("$.format", diagnostic.Location.Field);
        Assert.Contains(ModelArchitecture.FormatName, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        var json = Architectures.With(
            "[0]",
            """{ "name": "a", "type": "nope" }""",
            """{ "name": "b", "type": "dense", "inFeatures": -1, "outFeatures": 3, "weight": "w", "extra": true }""");

        var result = ArchitectureReader.Parse(json, "arch.json");

        Assert.Equal(["$.input.shape[0]", "$.layers[0].type", "$.layers[1].inFeatures", "$.layers[1].extra"], result.Diagnostics.Select(d => d.Location.Field));
        var error = Assert.Throws<NetworkValidationException>(result.GetArchitectureOrThrow);
        Assert.Contains("and 3 more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ReportsInvalidFile()
    {
        var diagnostic = Assert.Single(ArchitectureReader.Validate("/nonexistent/arch.json").Diagnostics);

        Assert.Equal(NetworkDiagnosticCode.InvalidFile, diagnostic.Code);
        Assert.Equal("/nonexistent/arch.json", diagnostic.Location.File);
    }

    [Fact]
    public void Parse_AddAndAffine_DeclareInputsAndPerChannelTensors()
    {
        var json = Architectures.With(
            "[2, 4, 4]",
            """{ "name": "bn", "type": "affine", "channels": 2, "scale": "bn.scale", "shift": "bn.shift", "activation": "relu" }""",
            """{ "name": "sum", "type": "add", "inputs": ["input", "bn"] }""");

        var result = ArchitectureReader.Parse(json, "net.json");

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var layers = result.GetArchitectureOrThrow().Layers;
        Assert.Equal([new TensorShape(2), new TensorShape(2)], layers[0].Tensors.Select(t => t.ExpectedShape));
        Assert.Equal(["input", "bn"], layers[1].Inputs);
    }

    [Fact]
    public void Parse_AttentionKinds_ReshapeSoftmaxAndMatMulOfTwoValues()
    {
        var json = Architectures.With(
            "[4, 8]",
            """{ "name": "heads", "type": "reshape", "shape": [4, 2, 4] }""",
            """{ "name": "weights", "type": "softmax", "input": "input" }""",
            """{ "name": "mixed", "type": "matMul", "inputs": ["weights", "input"] }""");

        var result = ArchitectureReader.Parse(json, "net.json");

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var layers = result.GetArchitectureOrThrow().Layers;
        var empty = new Dictionary<string, CrossbarSpice.Core.Tensors.Tensor>();
        Assert.Equal(new TensorShape(4, 2, 4), Assert.IsType<ReshapeLayer>(layers[0].Build(empty)).Shape);
        Assert.IsType<SoftmaxLayer>(layers[1].Build(empty));
        Assert.IsType<MatMulLayer>(layers[2].Build(empty));
        Assert.Equal(["weights", "input"], layers[2].Inputs);
        Assert.Equal("[4, 8]", new MatMulLayer().InferOutputShape([new TensorShape(4, 4), new TensorShape(4, 8)]).Output!.ToString());
        Assert.Contains("no broadcasting", new MatMulLayer().InferOutputShape([new TensorShape(2, 4, 4), new TensorShape(4, 8)]).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InputAndInputsBoth_Refused()
    {
        var json = Architectures.With("[4]", """{ "name": "sum", "type": "add", "input": "input", "inputs": ["input", "input"] }""");

        var error = Assert.Single(ArchitectureReader.Parse(json, "net.json").Diagnostics);

        Assert.Equal("$.layers[0].inputs", error.Location.Field);
        Assert.Contains("gives both 'input' and 'inputs'", error.Message, StringComparison.Ordinal);
    }
}
