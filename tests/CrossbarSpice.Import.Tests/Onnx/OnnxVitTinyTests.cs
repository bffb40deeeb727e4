using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Onnx;

namespace CrossbarSpice.Import.Tests.Onnx;

/// <summary>
/// netlists/examples/vit-tiny/model.onnx (tools/train/train.py vit): the positional embedding is an Add of a [256]
/// constant on the flattened tokens, and the first residual Add then reads that flat value, which a Reshape only
/// relabelled to [16, 16], beside the attention output computed as [16, 16]. The importer gives the relabelled input
/// its ONNX shape (a reshape layer) before the adder, as it does before a MatMul.
/// </summary>
public sealed class OnnxVitTinyTests
{
    [Fact]
    public void Load_ResidualAddOfARelabelledValue_ReshapesItAndAddsTokensOfOneShape()
    {
        var graph = OnnxImporter.Load(OnnxFixtures.Example("vit-tiny"));
        var shapes = graph.InferShapes();

        var adds = graph.Layers.Where(l => l.Op is AddLayer).ToList();
        Assert.Equal(2, adds.Count);
        foreach (var add in adds)
        {
            Assert.All(add.Inputs, input => Assert.Equal(new TensorShape(16, 16), shapes[input]));
        }

        Assert.Contains(adds[0].Inputs, input => graph.FindLayer(input)?.Op is ReshapeLayer);
        Assert.Single(graph.Layers, l => l.Op is AffineLayer { Channels: 256 });  // the positional embedding
    }
}
