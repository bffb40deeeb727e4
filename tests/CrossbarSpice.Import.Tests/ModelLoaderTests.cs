using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests;

public sealed class ModelLoaderTests
{
    [Theory]
    [InlineData("tiny_mlp.npz")]
    [InlineData("tiny_mlp_compressed.npz")]
    public void Load_NpzMlp_BuildsGraphWithActivationsAsSeparateLayers(string weights)
    {
        var graph = ModelLoader.Load(Values.Fixture("tiny_mlp.architecture.json"), Values.Fixture(weights));

        Assert.Equal("tiny-mlp", graph.Name);
        Assert.Equal(["fc1", "fc1.relu", "fc2", "fc2.boundedLinearTanh"], graph.Layers.Select(l => l.Name));
        Assert.Equal(["x"], graph.Layers[0].Inputs);
        Assert.Equal(["fc1.linear"], graph.Layers[0].Outputs);
        Assert.Equal(["fc1"], graph.Layers[1].Outputs);
        Assert.Equal(["fc1"], graph.Layers[2].Inputs);
        Assert.Equal(["fc2"], graph.Outputs);
        var fc1 = Assert.IsType<DenseLayer>(graph.Layers[0].Op);
        Assert.Equal(3, fc1.OutputFeatures);
        Assert.Equal(-1.0 + (0.25 * 6), fc1.Weight[1, 2]);
        Assert.Equal(Values.Ramp(3, 0.5, 0.0), fc1.Bias!.Values.ToArray());
        Assert.Equal(ActivationKind.BoundedLinearTanh, Assert.IsType<ActivationLayer>(graph.Layers[3].Op).Kind);
        Assert.Equal(new TensorShape(2), graph.InferShapes()["fc2"]);
    }

    [Fact]
    public void Validate_Safetensors_LoadsAndWarnsAboutUnusedTensors()
    {
        using var folder = new TempFolder();
        var architecture = folder.Write("a.json", Architectures.With(
            "[4]",
            """{ "name": "fc1", "type": "dense", "inFeatures": 4, "outFeatures": 3, "weight": "fc1.weight" }""",
            """{ "name": "fc2", "type": "dense", "inFeatures": 3, "outFeatures": 2, "weight": "fc2.weight" }"""));
        var weights = Values.Fixture("tiny.safetensors");

        var result = ModelLoader.Validate(architecture, weights);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal(["half", "brain"], result.Warnings.Select(w => w.Location.Field));
        Assert.All(result.Warnings, w => Assert.Equal(NetworkDiagnosticCode.UnusedTensor, w.Code));
        Assert.All(result.Warnings, w => Assert.Equal(weights, w.Location.File));
        Assert.Equal(Values.Ramp(6, 0.125, -0.5), Assert.IsType<DenseLayer>(result.Network!.Layers[1].Op).Weight.Values.ToArray());
    }

    [Fact]
    public void Load_CsvArchitecture_ResolvesFilesRelativeToTheArchitecture()
    {
        var graph = ModelLoader.Load(Values.Fixture("csv", "tiny_mlp.architecture.json"));

        var fc1 = Assert.IsType<DenseLayer>(graph.Layers[0].Op);
        Assert.Equal(Values.Ramp(12, 0.25, -1.0), fc1.Weight.Values.ToArray());
        Assert.Equal(Values.Ramp(3, 0.5, 0.0), fc1.Bias!.Values.ToArray());
        Assert.Equal("input", graph.Input.Name);
        Assert.Equal(new TensorShape(2), graph.InferShapes()["fc2"]);
    }

    [Fact]
    public void Load_CsvGivenAsWeightsFile_IsNamedAfterTheFile()
    {
        using var folder = new TempFolder();
        var architecture = folder.Write("a.json", Architectures.With("[4]", """{ "name": "fc", "type": "dense", "inFeatures": 4, "outFeatures": 3, "weight": "fc1_weight" }"""));

        var graph = ModelLoader.Load(architecture, Values.Fixture("csv", "fc1_weight.csv"));

        Assert.Equal("fc1_weight", Assert.IsType<DenseLayer>(graph.Layers[0].Op).Weight.Name);
    }

    [Fact]
    public void Load_CsvConvKernel_ReshapedFromIm2colMatrix()
    {
        using var folder = new TempFolder();
        folder.Write("k.csv", "1,2,3,4\n5,6,7,8\n");
        var architecture = folder.Write("a.json", Architectures.With("[1, 3, 3]", """{ "name": "c", "type": "conv2d", "inChannels": 1, "outChannels": 2, "kernel": 2, "weight": "k.csv" }"""));

        var graph = ModelLoader.Load(architecture);

        var conv = Assert.IsType<Conv2dLayer>(graph.Layers[0].Op);
        Assert.Equal(new TensorShape(2, 1, 2, 2), conv.Kernel.Shape);
        Assert.Equal(7.0, conv.Kernel.At(1, 0, 1, 0));
        Assert.Equal(new TensorShape(2, 2, 2), graph.InferShapes()["c"]);
    }

    [Fact]
    public void Validate_WrongTensorShape_NamesFileTensorAndExpectedShape()
    {
        using var folder = new TempFolder();
        var weights = folder.Write("w.npz", MlpNpz(fc1: NpyBytes.Ramp([3, 5])));

        var error = Assert.Single(ModelLoader.Validate(folder.Write("a.json", Architectures.TinyMlp()), weights).Errors);

        Assert.Equal(NetworkDiagnosticCode.TensorShape, error.Code);
        Assert.Equal(weights, error.Location.File);
        Assert.Equal("fc1.weight", error.Location.Field);
        Assert.Contains("has shape [3, 5]", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be [3, 4] = [outFeatures, inFeatures]", error.Message, StringComparison.Ordinal);
        Assert.Contains("layer 'fc1' ($.layers[0].weight)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TransposedWeight_SuggestsTheTranspose()
    {
        using var folder = new TempFolder();
        var weights = folder.Write("w.npz", MlpNpz(fc1: NpyBytes.Ramp([4, 3])));

        var error = Assert.Single(ModelLoader.Validate(folder.Write("a.json", Architectures.TinyMlp()), weights).Errors);

        Assert.Contains("transposed?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "+Infinity")]
    public void Validate_NonFiniteWeight_NamesTensorAndElement(double bad, string text)
    {
        using var folder = new TempFolder();
        var values = Values.Ramp(12, 0.1, 0);
        values[6] = bad;
        var weights = folder.Write("w.npz", MlpNpz(fc1: NpyBytes.F4([3, 4], values)));

        var error = Assert.Single(ModelLoader.Validate(folder.Write("a.json", Architectures.TinyMlp()), weights).Errors);

        Assert.Equal(NetworkDiagnosticCode.NonFinite, error.Code);
        Assert.Equal(weights, error.Location.File);
        Assert.Equal("fc1.weight", error.Location.Field);
        Assert.Contains($"element [1, 2] is {text} (1 non-finite value in total)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingTensor_NamesTensorJsonPathAndAvailableNames()
    {
        using var folder = new TempFolder();
        var architecture = folder.Write("a.json", Architectures.TinyMlp(fc1Weight: "fc1.weights"));

        var result = ModelLoader.Validate(architecture, folder.Write("w.npz", MlpNpz()));

        var error = Assert.Single(result.Errors);
        Assert.Equal(NetworkDiagnosticCode.MissingTensor, error.Code);
        Assert.Equal(architecture, error.Location.File);
        Assert.Equal("$.layers[0].weight", error.Location.Field);
        Assert.Contains("tensor 'fc1.weights'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'fc1.weight'", error.Message, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Location.Field == "fc1.weight");
    }

    [Fact]
    public void Validate_LayerInputSizeMismatch_ReportsExpectsAndGets()
    {
        using var folder = new TempFolder();
        var weights = folder.Write("w.npz", MlpNpz(fc2: NpyBytes.Ramp([2, 4])));
        var architecture = folder.Write("a.json", Architectures.TinyMlp(fc2In: 4));

        var error = Assert.Single(ModelLoader.Validate(architecture, weights).Errors);

        Assert.Equal(NetworkDiagnosticCode.ShapeMismatch, error.Code);
        Assert.Equal(architecture, error.Location.File);
        Assert.Equal("$.layers[1]", error.Location.Field);
        Assert.Contains("layer 'fc2' (dense) expects 4 inputs, gets 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownLayerType_ThrowsNamingFileAndField()
    {
        using var folder = new TempFolder();
        var architecture = folder.Write("a.json", Architectures.With("[4]", """{ "name": "x", "type": "transformer" }"""));

        var error = Assert.Throws<NetworkValidationException>(() => ModelLoader.Load(architecture));

        Assert.Equal(architecture, error.Location.File);
        Assert.Equal("$.layers[0].type", error.Location.Field);
        Assert.Contains("unknown layer type 'transformer'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedNpz_ThrowsNamingTheFile()
    {
        using var folder = new TempFolder();
        var bytes = MlpNpz();
        var weights = folder.Write("w.npz", bytes[..^30]);

        var error = Assert.Throws<NetworkValidationException>(() => ModelLoader.Load(folder.Write("a.json", Architectures.TinyMlp()), weights));

        Assert.Equal(weights, error.Location.File);
        Assert.Equal(NetworkDiagnosticCode.InvalidFile, error.Diagnostics[0].Code);
        Assert.Contains("w.npz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadCsvCell_NamesFileLineAndColumn()
    {
        using var folder = new TempFolder();
        folder.Write("w.csv", "1,2,3,4\n5,6,seven,8\n9,10,11,12\n");
        var architecture = folder.Write("a.json", Architectures.With("[4]", """{ "name": "fc", "type": "dense", "inFeatures": 4, "outFeatures": 3, "weight": "w.csv" }"""));

        var error = Assert.Single(ModelLoader.Validate(architecture).Errors);

        Assert.Equal(NetworkDiagnosticCode.InvalidFile, error.Code);
        Assert.Equal(Path.Combine(folder.Path, "w.csv"), error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(3, error.Location.Column);
        Assert.Contains("named by $.layers[0].weight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingCsvFile_NamesTheFileAndTheField()
    {
        using var folder = new TempFolder();
        var architecture = folder.Write("a.json", Architectures.With("[4]", """{ "name": "fc", "type": "dense", "inFeatures": 4, "outFeatures": 3, "weight": "absent.csv" }"""));

        var error = Assert.Single(ModelLoader.Validate(architecture).Errors);

        Assert.Equal(NetworkDiagnosticCode.InvalidFile, error.Code);
        Assert.Equal(Path.Combine(folder.Path, "absent.csv"), error.Location.File);
        Assert.Contains("cannot read the file", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.layers[0].weight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IntegerWeights_RejectedUnlessAllowed()
    {
        using var folder = new TempFolder();
        var ints = NpyBytes.Array("<i4", [2], new byte[8]);
        var weights = folder.Write("w.npz", NpyBytes.Npz(("n.g", ints)));
        var layer = """{ "name": "n", "type": "layerNorm", "normalizedShape": 2, "weight": "n.g" }""";
        var strict = folder.Write("a.json", Architectures.With("[2]", layer));
        var lenient = folder.Write("b.json", Architectures.With("[2]", layer).Replace("\"name\": \"test\"", "\"name\": \"test\", \"allowIntegerWeights\": true", StringComparison.Ordinal));

        var error = Assert.Single(ModelLoader.Validate(strict, weights).Errors);
        var loaded = ModelLoader.Validate(lenient, weights);

        Assert.Equal(NetworkDiagnosticCode.TensorDataType, error.Code);
        Assert.Contains("int32", error.Message, StringComparison.Ordinal);
        Assert.True(loaded.IsValid);
    }

    [Fact]
    public void Validate_SameTensorInTwoFiles_ReportsDuplicate()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.npz", MlpNpz());
        var second = folder.Write("b.npz", NpyBytes.Npz(("fc1.bias", NpyBytes.Ramp([3]))));

        var error = Assert.Single(ModelLoader.Validate(folder.Write("a.json", Architectures.TinyMlp()), first, second).Errors);

        Assert.Equal(NetworkDiagnosticCode.DuplicateName, error.Code);
        Assert.Equal(second, error.Location.File);
        Assert.Contains(first, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownWeightsExtension_ReportsSupportedFormats()
    {
        using var folder = new TempFolder();
        var weights = folder.Write("model.pt", [1, 2, 3]);

        var result = ModelLoader.Validate(folder.Write("a.json", Architectures.TinyMlp()), weights);

        Assert.Contains(result.Errors, e => e.Location.File == weights && e.Message.Contains(".safetensors", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SeveralProblems_ExceptionListsThemAll()
    {
        using var folder = new TempFolder();
        var values = Values.Ramp(3, 1, 0);
        values[0] = double.NaN;
        var weights = folder.Write("w.npz", NpyBytes.Npz(("fc1.weight", NpyBytes.Ramp([3, 5])), ("fc1.bias", NpyBytes.F8([3], values)), ("fc2.weight", NpyBytes.Ramp([2, 3]))));

        var error = Assert.Throws<NetworkValidationException>(() => ModelLoader.Load(folder.Write("a.json", Architectures.TinyMlp()), weights));

        Assert.Equal(
            [NetworkDiagnosticCode.TensorShape, NetworkDiagnosticCode.NonFinite, NetworkDiagnosticCode.MissingTensor],
            error.Errors.Select(e => e.Code));
        Assert.Contains("and 2 more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Seed003ComputationUnit_InfersEveryShape()
    {
        using var folder = new TempFolder();
        var weights = folder.Write("bcu.npz", NpyBytes.Npz(
            ("conv.weight", NpyBytes.Ramp([14, 1, 9, 9])),
            ("conv.bias", NpyBytes.Ramp([14])),
            ("fc.weight", NpyBytes.Ramp([10, 1400])),
            ("fc.bias", NpyBytes.Ramp([10]))));
        var architecture = folder.Write("bcu.json", Architectures.With(
            "[1, 28, 28]",
            """{ "name": "conv", "type": "conv2d", "inChannels": 1, "outChannels": 14, "kernel": 9, "weight": "conv.weight", "bias": "conv.bias", "activation": "abs" }""",
            """{ "name": "pool", "type": "avgPool2d", "kernel": 2 }""",
            """{ "name": "flat", "type": "flatten" }""",
            """{ "name": "fc", "type": "dense", "inFeatures": 1400, "outFeatures": 10, "weight": "fc.weight", "bias": "fc.bias", "activation": "boundedLinearTanh" }"""));

        var graph = ModelLoader.Load(architecture, weights);
        var shapes = graph.InferShapes();

        Assert.Equal(new TensorShape(14, 20, 20), shapes["conv"]);
        Assert.Equal(new TensorShape(14, 10, 10), shapes["pool"]);
        Assert.Equal(new TensorShape(1400), shapes["flat"]);
        Assert.Equal(new TensorShape(10), shapes["fc"]);
        Assert.Same(BoundedLinearTanhParameters.Seed003, Assert.IsType<ActivationLayer>(graph.FindLayer("fc.boundedLinearTanh")!.Op).BoundedLinear);
        Assert.Equal(new Size2d(2, 2), Assert.IsType<AveragePool2dLayer>(graph.FindLayer("pool")!.Op).Stride);
    }

    [Fact]
    public void Load_SequencerBlock_BiLstmLayerNormAndMlp()
    {
        using var folder = new TempFolder();
        var weights = folder.Write("seq.npz", NpyBytes.Npz(
            ("rnn.weight_ih_l0", NpyBytes.Ramp([8, 3])),
            ("rnn.weight_hh_l0", NpyBytes.Ramp([8, 2])),
            ("rnn.bias_ih_l0", NpyBytes.Ramp([8])),
            ("rnn.bias_hh_l0", NpyBytes.Ramp([8])),
            ("rnn.weight_ih_l0_reverse", NpyBytes.Ramp([8, 3])),
            ("rnn.weight_hh_l0_reverse", NpyBytes.Ramp([8, 2])),
            ("norm.weight", NpyBytes.Ramp([4])),
            ("norm.bias", NpyBytes.Ramp([4])),
            ("mlp.weight", NpyBytes.Ramp([4, 4])),
            ("head.weight_ih_l0", NpyBytes.Ramp([4, 4])),
            ("head.weight_hh_l0", NpyBytes.Ramp([4, 1]))));
        var architecture = folder.Write("seq.json", Architectures.With(
            "[5, 3]",
            """{ "name": "rnn", "type": "bilstm", "inputSize": 3, "hiddenSize": 2, "forward": { "weightIh": "rnn.weight_ih_l0", "weightHh": "rnn.weight_hh_l0", "biasIh": "rnn.bias_ih_l0", "biasHh": "rnn.bias_hh_l0" }, "backward": { "weightIh": "rnn.weight_ih_l0_reverse", "weightHh": "rnn.weight_hh_l0_reverse" } }""",
            """{ "name": "norm", "type": "layerNorm", "normalizedShape": [4], "weight": "norm.weight", "bias": "norm.bias" }""",
            """{ "name": "mlp", "type": "dense", "inFeatures": 4, "outFeatures": 4, "weight": "mlp.weight", "activation": "sigmoid" }""",
            """{ "name": "head", "type": "lstm", "inputSize": 4, "hiddenSize": 1, "weightIh": "head.weight_ih_l0", "weightHh": "head.weight_hh_l0", "returnSequences": false, "input": "norm" }"""));

        var result = ModelLoader.Validate(architecture, weights);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Warnings);
        var graph = result.Network!;
        var shapes = graph.InferShapes();
        Assert.Equal(new TensorShape(5, 4), shapes["rnn"]);
        Assert.Equal(new TensorShape(5, 4), shapes["norm"]);
        Assert.Equal(new TensorShape(5, 4), shapes["mlp"]);
        Assert.Equal(new TensorShape(1), shapes["head"]);
        Assert.Equal(["head"], graph.Outputs);
        var bilstm = Assert.IsType<BidirectionalLstmLayer>(graph.FindLayer("rnn")!.Op);
        Assert.Equal(2, bilstm.HiddenSize);
        Assert.NotNull(bilstm.Forward.InputBias);
        Assert.Null(bilstm.Backward.InputBias);
        Assert.Equal(1e-5, Assert.IsType<LayerNormLayer>(graph.FindLayer("norm")!.Op).Epsilon);
    }

    private static byte[] MlpNpz(byte[]? fc1 = null, byte[]? fc2 = null) => NpyBytes.Npz(
        ("fc1.weight", fc1 ?? NpyBytes.Ramp([3, 4])),
        ("fc1.bias", NpyBytes.Ramp([3])),
        ("fc2.weight", fc2 ?? NpyBytes.Ramp([2, 3])),
        ("fc2.bias", NpyBytes.Ramp([2])));
}
