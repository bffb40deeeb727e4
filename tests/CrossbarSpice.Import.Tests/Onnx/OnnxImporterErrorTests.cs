using CrossbarSpice.Core.Network;
using CrossbarSpice.Import.Onnx;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests.Onnx;

/// <summary>Models the importer refuses: one error naming the file, the node (name and op type) and what is supported.</summary>
public sealed class OnnxImporterErrorTests
{
    [Theory]
    [InlineData("two-inputs.onnx", null, "2 inputs ('a', 'extra')")]
    [InlineData("unsupported-op.onnx", "node 'leaky' (LeakyRelu)", "op LeakyRelu has no layer in the project; supported: Gemm")]
    [InlineData("dynamic-features.onnx", null, "dynamic dimension 'features' on axis 1")]
    [InlineData("clip-asymmetric.onnx", "node 'relu6' (Clip)", "Clip(0, 6) equals no activation")]
    [InlineData("avgpool-exclude-pad.onnx", "node 'pool' (AveragePool)", "count_include_pad = 0")]
    public void Validate_UnsupportedModel_OneErrorNamingFileAndNode(string file, string? node, string message)
    {
        var path = OnnxFixtures.File(file);

        var result = ModelLoader.Validate(path);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Location.File);
        Assert.Equal(node, error.Location.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<NetworkValidationException>(() => ModelLoader.Load(path));
        Assert.StartsWith(path + (node is null ? ": " : $": field '{node}': "), thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnsupportedOp_UsesTheUnknownNameCode()
    {
        var error = Assert.Single(OnnxImporter.Validate(OnnxFixtures.File("unsupported-op.onnx")).Errors);

        Assert.Equal(NetworkDiagnosticCode.UnknownName, error.Code);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Validate_TruncatedFile_InvalidFileError(double keptFraction)
    {
        using var folder = new TempFolder();
        var bytes = File.ReadAllBytes(OnnxFixtures.File("conv-batchnorm.onnx"));
        var path = folder.Write("truncated.onnx", bytes[..(int)(bytes.Length * keptFraction)]);

        var error = Assert.Single(OnnxImporter.Validate(path).Errors);

        Assert.Equal(NetworkDiagnosticCode.InvalidFile, error.Code);
        Assert.Equal(path, error.Location.File);
        Assert.Contains("truncated or corrupt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "format": "crossbarspice-architecture/1" }""")]
    [InlineData("not a model at all\n")]
    [InlineData("")]
    public void Validate_NotOnnx_InvalidFileError(string text)
    {
        using var folder = new TempFolder();
        var path = folder.Write("fake.onnx", text);

        var error = Assert.Single(OnnxImporter.Validate(path).Errors);

        Assert.Equal(NetworkDiagnosticCode.InvalidFile, error.Code);
        Assert.Equal(path, error.Location.File);
        Assert.Contains("ONNX model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_InvalidFileError()
    {
        var error = Assert.Single(OnnxImporter.Validate(OnnxFixtures.File("no-such.onnx")).Errors);

        Assert.Equal(NetworkDiagnosticCode.InvalidFile, error.Code);
        Assert.Contains("cannot read the ONNX model", error.Message, StringComparison.Ordinal);
    }
}
