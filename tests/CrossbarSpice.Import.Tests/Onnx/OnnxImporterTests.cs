using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Onnx;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests.Onnx;

/// <summary>What the ONNX importer builds: layers, names, shapes, folding (docs/onnx.md).</summary>
public sealed class OnnxImporterTests
{
    [Fact]
    public void Load_Mlp_FoldsShapeArithmeticBatchNormAndDropout()
    {
        var graph = OnnxImporter.Load(OnnxFixtures.Example("onnx-mlp"));

        Assert.Equal(["Reshape", "fc1", "Relu", "fc2"], graph.Layers.Select(l => l.Name));
        Assert.Equal(new TensorShape(1, 28, 28), graph.Input.Shape);
        Assert.IsType<FlattenLayer>(graph.Layers[0].Op);
        var fc1 = Assert.IsType<DenseLayer>(graph.Layers[1].Op);
        Assert.Equal((128, 784), (fc1.OutputFeatures, fc1.InputFeatures));
        Assert.Contains("BatchNormalization", graph.Layers[1].Origin, StringComparison.Ordinal);
        Assert.Equal(new TensorShape(10), graph.InferShapes()[graph.Outputs[0]]);
    }

    [Fact]
    public void Load_Cnn_MapsConvPoolsAndGlobalAveragePoolOntoLayerOps()
    {
        var graph = OnnxImporter.Load(OnnxFixtures.Example("onnx-cnn"));

        Assert.Equal(["conv2d", "activation", "maxPool2d", "conv2d", "activation", "globalAvgPool", "dense"], graph.Layers.Select(l => l.Op.TypeName));
        Assert.Equal(["conv1", "Relu", "pool1", "conv2", "Relu_1", "gap", "fc"], graph.Layers.Select(l => l.Name));
        var conv1 = Assert.IsType<Conv2dLayer>(graph.Layers[0].Op);
        Assert.Equal((new Size2d(1, 1), new Size2d(1, 1)), (conv1.Padding, conv1.Stride));
        Assert.NotNull(conv1.Bias);
        var shapes = graph.InferShapes();
        Assert.Equal(new TensorShape(8, 14, 14), shapes["pool1"]);
        Assert.Equal(new TensorShape(16), shapes["gap"]);
    }

    [Fact]
    public void Load_ResNet_MapsTheSkipOntoAnAddAndTheUnfoldableBatchNormOntoAnAffineLayer()
    {
        var graph = OnnxImporter.Load(OnnxFixtures.Example("onnx-resnet"));

        Assert.Equal(["conv2d", "activation", "affine", "conv2d", "activation", "conv2d", "add", "activation", "globalAvgPool", "dense"], graph.Layers.Select(l => l.Op.TypeName));
        Assert.Equal(["stem", "Relu", "bn0", "conv1", "Relu_1", "conv2", "Add", "Relu_2", "gap", "fc"], graph.Layers.Select(l => l.Name));
        var add = graph.FindLayer("Add")!;
        Assert.Equal(["bn0", "conv2"], add.Inputs);
        Assert.Contains("BatchNormalization", graph.FindLayer("conv2")!.Origin, StringComparison.Ordinal);
        var affine = Assert.IsType<AffineLayer>(graph.FindLayer("bn0")!.Op);
        Assert.Equal(8, affine.Channels);
        Assert.Equal(new TensorShape(8, 7, 7), graph.InferShapes()["Add"]);
    }

    [Fact]
    public void Load_BatchNormFirstAndResidualAdd_BecomeAffineAndAddLayers()
    {
        var first = OnnxImporter.Load(OnnxFixtures.File("batchnorm-first.onnx"));
        Assert.Equal(["affine", "dense"], first.Layers.Select(l => l.Op.TypeName));

        var residual = OnnxImporter.Load(OnnxFixtures.File("residual-add.onnx"));
        Assert.Equal(["dense", "activation", "dense", "activation", "add"], residual.Layers.Select(l => l.Op.TypeName));
        Assert.Equal([residual.Layers[1].Outputs[0], residual.Layers[3].Outputs[0]], residual.Layers[4].Inputs);
    }

    [Fact]
    public void Load_ConvBatchNorm_FoldsExactlyAndMapsHardtanhAndMaxPool()
    {
        var graph = OnnxImporter.Load(OnnxFixtures.File("conv-batchnorm.onnx"));

        Assert.Equal(["conv2d", "activation", "maxPool2d", "flatten", "dense", "activation"], graph.Layers.Select(l => l.Op.TypeName));
        var clamp = Assert.IsType<ActivationLayer>(graph.Layers[1].Op);
        Assert.Equal(ActivationKind.BoundedLinearTanh, clamp.Kind);
        Assert.Equal((1.0, 0.5), (clamp.BoundedLinear!.Slope, clamp.BoundedLinear.Limit));
        var conv = Assert.IsType<Conv2dLayer>(graph.Layers[0].Op);
        Assert.Equal((new Size2d(2, 2), new Size2d(1, 1)), (conv.Stride, conv.Padding));
        Assert.Equal(ActivationKind.Sigmoid, Assert.IsType<ActivationLayer>(graph.Layers[5].Op).Kind);
    }

    [Fact]
    public void Load_LstmSequence_RestacksGatesAndFoldsMatMulAdd()
    {
        var graph = OnnxImporter.Load(OnnxFixtures.File("lstm.onnx"));

        Assert.Equal(["lstm", "dense"], graph.Layers.Select(l => l.Op.TypeName));
        var lstm = Assert.IsType<LstmLayer>(graph.Layers[0].Op);
        Assert.True(lstm.ReturnSequences);
        Assert.Equal((4, 5), (lstm.Cell.InputSize, lstm.Cell.HiddenSize));
        Assert.NotNull(Assert.IsType<DenseLayer>(graph.Layers[1].Op).Bias);
        Assert.Equal(new TensorShape(6, 3), graph.InferShapes()[graph.Outputs[0]]);
    }

    [Fact]
    public void Load_LstmLastState_ReturnsLastHiddenState()
    {
        var graph = OnnxImporter.Load(OnnxFixtures.File("lstm-last.onnx"));

        Assert.False(Assert.IsType<LstmLayer>(graph.Layers[0].Op).ReturnSequences);
        Assert.Equal(new TensorShape(5), graph.InferShapes()[graph.Outputs[0]]);
    }

    [Fact]
    public void Regate_OnnxIofcBlocks_BecomePyTorchIfgo()
    {
        // Rows labelled by ONNX gate: i = 0, o = 1, f = 2, c = 3, two rows (H = 2) each.
        double[] onnx = [0, 0, 1, 1, 2, 2, 3, 3];

        var restacked = OnnxGraphImporter.Regate(onnx, hidden: 2, columns: 1);

        Assert.Equal([0, 0, 2, 2, 3, 3, 1, 1], restacked);
    }

    [Fact]
    public void ModelLoader_OnnxPath_LoadsTheSameGraphAsTheImporter()
    {
        var path = OnnxFixtures.File("conv-batchnorm.onnx");

        var viaLoader = ModelLoader.Validate(path);

        Assert.True(viaLoader.IsValid);
        Assert.Equal(OnnxImporter.Load(path).Layers.Select(l => l.ToString()), viaLoader.Network!.Layers.Select(l => l.ToString()));
    }

    [Fact]
    public void ModelLoader_OnnxWithWeightsFile_IsRefused()
    {
        var result = ModelLoader.Validate(OnnxFixtures.File("lstm.onnx"), Values.Fixture("tiny_mlp.npz"));

        var error = Assert.Single(result.Errors);
        Assert.Contains("holds its weights", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FinalSoftmax_IsDroppedWithAWarning()
    {
        using var folder = new TempFolder();
        var path = folder.Write("softmax.onnx", OnnxModels.WithFinalSoftmax(File.ReadAllBytes(OnnxFixtures.File("conv-batchnorm.onnx"))));

        var result = OnnxImporter.Validate(path);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("Softmax", warning.ToString(), StringComparison.Ordinal);
        Assert.Equal("activation", result.Network!.Layers[^1].Op.TypeName);
    }
}
