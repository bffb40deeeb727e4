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
}
