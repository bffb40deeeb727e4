using Google.Protobuf;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Import.Onnx;
using CrossbarSpice.Reference;
using Onnx;

namespace CrossbarSpice.Import.Tests.Onnx;

/// <summary>ONNX opset-17 LayerNormalization onto <c>layerNorm</c>: the reference agrees with ONNX Runtime, the batch axis is refused.</summary>
public sealed class OnnxLayerNormalizationTests
{
    [Theory]
    [InlineData("residual-add.onnx", 4, true)]
    [InlineData("batchnorm-first.onnx", 3, false)]
    public void LayerNormalization_AfterModel_MapsToLayerNormAndAgreesWithOnnxRuntime(string file, int features, bool withBias)
    {
        using var folder = new TestSupport.TempFolder();
        var gamma = Enumerable.Range(0, features).Select(i => 0.5f + (0.25f * i)).ToArray();
        var beta = withBias ? Enumerable.Range(0, features).Select(i => 0.1f - (0.2f * i)).ToArray() : null;
        var path = folder.Write("normed.onnx", WithOutputLayerNormalised(File.ReadAllBytes(OnnxFixtures.File(file)), gamma, beta, axis: -1));

        var graph = OnnxImporter.Load(path);

        var norm = Assert.IsType<LayerNormLayer>(graph.Layers[^1].Op);
        Assert.Equal(features, norm.NormalizedShape.ElementCount);
        Assert.Equal(1e-3, norm.Epsilon, 1e-9);
        Assert.Equal(withBias, norm.Beta is not null);
        var reference = new ReferenceNetwork(graph);
        using var runtime = new OnnxRuntimeReference(path);
        for (var seed = 1; seed <= 3; seed++)
        {
            var sample = OnnxFixtures.Random(4, seed).Select(v => 2 * v).ToArray();
            Assert.InRange(OnnxFixtures.RelativeError(reference.Forward(sample).Output.Values.ToArray(), runtime.Run(sample, 4)), 0, 1e-5);
        }
    }

    [Fact]
    public void LayerNormalization_OverTheBatchAxis_RefusedNamingTheNode()
    {
        using var folder = new TestSupport.TempFolder();
        var path = folder.Write("batch.onnx", WithOutputLayerNormalised(File.ReadAllBytes(OnnxFixtures.File("residual-add.onnx")), [1, 1, 1, 1, 1, 1, 1, 1], null, axis: 0));

        var error = Assert.Single(OnnxImporter.Validate(path).Errors);

        Assert.Equal("node 'ln' (LayerNormalization)", error.Location.Field);
        Assert.Contains("must follow the batch axis", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The model with LayerNormalization(axis, ε = 1e-3) after its output, at opset 17.</summary>
    private static byte[] WithOutputLayerNormalised(byte[] model, float[] gamma, float[]? beta, long axis)
    {
        var proto = ModelProto.Parser.ParseFrom(model);
        foreach (var opset in proto.OpsetImport.Where(o => o.Domain is "" or "ai.onnx"))
        {
            opset.Version = Math.Max(opset.Version, 17);
        }

        var output = proto.Graph.Output[0];
        var scale = new TensorProto { Name = "ln_scale", DataType = (int)TensorProto.Types.DataType.Float, Dims = { gamma.Length } };
        scale.FloatData.AddRange(gamma);
        proto.Graph.Initializer.Add(scale);
        var node = new NodeProto { Name = "ln", OpType = "LayerNormalization", Input = { output.Name, "ln_scale" }, Output = { "normed" } };
        if (beta is not null)
        {
            var bias = new TensorProto { Name = "ln_bias", DataType = (int)TensorProto.Types.DataType.Float, Dims = { beta.Length } };
            bias.FloatData.AddRange(beta);
            proto.Graph.Initializer.Add(bias);
            node.Input.Add("ln_bias");
        }

        node.Attribute.Add(new AttributeProto { Name = "axis", I = axis, Type = AttributeProto.Types.AttributeType.Int });
        node.Attribute.Add(new AttributeProto { Name = "epsilon", F = 1e-3f, Type = AttributeProto.Types.AttributeType.Float });
        proto.Graph.Node.Add(node);
        var renamed = output.Clone();
        renamed.Name = "normed";
        proto.Graph.Output.Clear();
        proto.Graph.Output.Add(renamed);
        return proto.ToByteArray();
    }
}
