using CrossbarSpice.Import;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Import.Onnx;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests.Examples;

/// <summary>
/// netlists/examples/vit-tiny holds one network in two forms, written by one run of tools/train/train.py vit: the
/// hand-written architecture.json + weights.npz and PyTorch's opset-17 model.onnx. Both must load and give the same
/// outputs (the ONNX import inserts its own reshape layers, the positional embedding and 1/√d_k become affine layers).
/// Needs Debian's dataset-fashion-mnist.
/// </summary>
public sealed class VitTinyFormsTests
{
    private static readonly Lazy<LabelledImages> Test = new(() => FashionMnist.Load(DatasetSplit.Test));

    [Fact]
    public void ArchitectureAndOnnx_First50TestImages_SameOutputsTo1e6()
    {
        var architecture = new ReferenceNetwork(ModelLoader.Load(Paths.Example("vit-tiny", "architecture.json"), Paths.Example("vit-tiny", "weights.npz")));
        var onnx = new ReferenceNetwork(OnnxImporter.Load(Paths.Example("vit-tiny", "model.onnx")));

        for (var image = 0; image < 50; image++)
        {
            var pixels = Test.Value.Pixels(image);
            var fromArchitecture = architecture.Forward(pixels);
            var fromOnnx = onnx.Forward(pixels);

            Assert.Equal(10, fromArchitecture.Output.Length);
            Close.Equal(fromArchitecture.Output.Values, fromOnnx.Output.Values, rel: 0, abs: 1e-6, what: $"vit-tiny image {image} output");
            Assert.Equal(fromArchitecture.PredictedClass(), fromOnnx.PredictedClass());
        }
    }

    [Fact]
    public void Onnx_MapsTheEncoderBlockOntoAttentionLayers()
    {
        var graph = OnnxImporter.Load(Paths.Example("vit-tiny", "model.onnx"));
        var kinds = graph.Layers.Select(l => l.Op.TypeName).ToList();

        Assert.Equal(2, kinds.Count(k => k == "matMul"));
        Assert.Equal(1, kinds.Count(k => k == "softmax"));
        Assert.Equal(2, kinds.Count(k => k == "layerNorm"));
        Assert.Equal(2, kinds.Count(k => k == "add"));
        Assert.Equal(7, kinds.Count(k => k == "dense"));  // Q, K, V, O, FFN 16→32→16, head
        Assert.Equal(1, kinds.Count(k => k == "conv2d"));
    }
}
