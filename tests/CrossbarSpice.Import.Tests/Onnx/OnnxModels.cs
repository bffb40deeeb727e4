using Google.Protobuf;
using Onnx;

namespace CrossbarSpice.Import.Tests.Onnx;

/// <summary>Edits of fixture models through the ONNX protobuf classes.</summary>
internal static class OnnxModels
{
    /// <summary>The model with a Softmax(axis = −1) appended after its output, which becomes the new output.</summary>
    public static byte[] WithFinalSoftmax(byte[] model)
    {
        var proto = ModelProto.Parser.ParseFrom(model);
        var output = proto.Graph.Output[0];
        var softmax = new NodeProto { Name = "/softmax/Softmax", OpType = "Softmax", Input = { output.Name }, Output = { "probabilities" } };
        softmax.Attribute.Add(new AttributeProto { Name = "axis", I = -1, Type = AttributeProto.Types.AttributeType.Int });
        proto.Graph.Node.Add(softmax);
        var renamed = output.Clone();
        renamed.Name = "probabilities";
        proto.Graph.Output.Clear();
        proto.Graph.Output.Add(renamed);
        return proto.ToByteArray();
    }

    /// <summary>The model with its output multiplied by the constant <paramref name="gains"/> (one per output feature,
    /// shape [1, n]), the product the new output.</summary>
    public static byte[] WithOutputScaled(byte[] model, float[] gains)
    {
        var proto = ModelProto.Parser.ParseFrom(model);
        var output = proto.Graph.Output[0];
        var constant = new TensorProto { Name = "gains", DataType = (int)TensorProto.Types.DataType.Float, Dims = { 1, gains.Length } };
        constant.FloatData.AddRange(gains);
        proto.Graph.Initializer.Add(constant);
        proto.Graph.Node.Add(new NodeProto { Name = "gain", OpType = "Mul", Input = { output.Name, "gains" }, Output = { "scaled" } });
        var renamed = output.Clone();
        renamed.Name = "scaled";
        proto.Graph.Output.Clear();
        proto.Graph.Output.Add(renamed);
        return proto.ToByteArray();
    }
}
