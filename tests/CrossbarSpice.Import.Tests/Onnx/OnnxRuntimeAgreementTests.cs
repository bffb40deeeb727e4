using CrossbarSpice.Import.Data;
using CrossbarSpice.Import.Onnx;
using CrossbarSpice.Reference;

namespace CrossbarSpice.Import.Tests.Onnx;

/// <summary>
/// The project's software reference (float64 <see cref="ReferenceNetwork"/>) of an imported model against ONNX Runtime
/// (float32) running the same file: agreement to 1e-5 of the output's scale shows the mapping (transposes, folded
/// BatchNormalization, residual Add, BatchNormalization kept as an affine layer, LSTM gate order, pooling, reshapes) computes what the model computes.
/// </summary>
public sealed class OnnxRuntimeAgreementTests
{
    private const double Tolerance = 1e-5;

    [Theory]
    [InlineData("onnx-mlp")]
    [InlineData("onnx-cnn")]
    [InlineData("onnx-resnet")]
    public void Example_FashionMnistImages_ReferenceAgreesWithOnnxRuntime(string example)
    {
        var path = OnnxFixtures.Example(example);
        var reference = new ReferenceNetwork(OnnxImporter.Load(path));
        using var runtime = new OnnxRuntimeReference(path);
        var images = FashionMnist.Load(DatasetSplit.Test);
        var worst = 0.0;
        for (var i = 0; i < 10; i++)
        {
            var pixels = images.Pixels(i);
            var ours = reference.Forward(pixels).Output.Values.ToArray();
            var theirs = runtime.Run(pixels, 1, 28, 28);
            worst = Math.Max(worst, OnnxFixtures.RelativeError(ours, theirs));
            Assert.Equal(Array.IndexOf(theirs, theirs.Max()), Array.IndexOf(ours, ours.Max()));
        }

        Assert.InRange(worst, 0, Tolerance);
    }

    [Fact]
    public void ResNetExample_PyTorchOutputs_ReferenceAgreesWithin1e5()
    {
        // reference-outputs.json: PyTorch's float32 outputs of the first 20 test images, written at export.
        var path = OnnxFixtures.Example("onnx-resnet");
        var reference = new ReferenceNetwork(OnnxImporter.Load(path));
        using var recorded = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "reference-outputs.json")));
        var rows = recorded.RootElement.GetProperty("outputs").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToList();
        var images = FashionMnist.Load(DatasetSplit.Test);
        Assert.Equal(20, rows.Count);
        var worst = rows.Select((row, i) => OnnxFixtures.RelativeError(reference.Forward(images.Pixels(i)).Output.Values.ToArray(), row)).Max();
        Assert.InRange(worst, 0, Tolerance);
    }

    [Theory]
    [InlineData("residual-add.onnx", 4, "affine")]
    [InlineData("batchnorm-first.onnx", 3, "dense")]
    public void ConstantMul_AfterAddOrGemm_AffineOrFoldedAndAgreesWithOnnxRuntime(string file, int features, string last)
    {
        using var folder = new TestSupport.TempFolder();
        var gains = Enumerable.Range(0, features).Select(i => 0.5f + (0.75f * i) - (i % 2 == 0 ? 0 : 2f)).ToArray();
        var path = folder.Write("scaled.onnx", OnnxModels.WithOutputScaled(File.ReadAllBytes(OnnxFixtures.File(file)), gains));
        var graph = OnnxImporter.Load(path);
        Assert.Equal(last, graph.Layers[^1].Op.TypeName);
        var reference = new ReferenceNetwork(graph);
        using var runtime = new OnnxRuntimeReference(path);
        for (var seed = 1; seed <= 3; seed++)
        {
            var sample = OnnxFixtures.Random(4, seed).Select(v => 2 * v).ToArray();
            Assert.InRange(OnnxFixtures.RelativeError(reference.Forward(sample).Output.Values.ToArray(), runtime.Run(sample, 4)), 0, Tolerance);
        }
    }

    [Theory]
    [InlineData("lstm.onnx", new[] { 6, 4 })]
    [InlineData("lstm-last.onnx", new[] { 6, 4 })]
    [InlineData("conv-batchnorm.onnx", new[] { 2, 7, 7 })]
    [InlineData("residual-add.onnx", new[] { 4 })]
    [InlineData("batchnorm-first.onnx", new[] { 4 })]
    public void Fixture_RandomInputs_ReferenceAgreesWithOnnxRuntime(string file, int[] shape)
    {
        var path = OnnxFixtures.File(file);
        var reference = new ReferenceNetwork(OnnxImporter.Load(path));
        using var runtime = new OnnxRuntimeReference(path);
        var count = shape.Aggregate(1, (p, d) => p * d);
        for (var seed = 1; seed <= 5; seed++)
        {
            var sample = OnnxFixtures.Random(count, seed).Select(v => 2 * v).ToArray();
            var ours = reference.Forward(sample).Output.Values.ToArray();
            var theirs = runtime.Run(sample, shape);
            Assert.InRange(OnnxFixtures.RelativeError(ours, theirs), 0, Tolerance);
        }
    }
}
