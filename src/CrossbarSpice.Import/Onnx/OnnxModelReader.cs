using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;
using Google.Protobuf;
using Onnx;

namespace CrossbarSpice.Import.Onnx;

/// <summary>
/// Reads an <c>.onnx</c> file into the ONNX protobuf <c>ModelProto</c> (OnnxSharp's compiled onnx.proto3) and checks
/// that it is one: a truncated or corrupt file, or one that is not ONNX at all, is an <see cref="InputException"/>
/// naming the file.
/// </summary>
internal static class OnnxModelReader
{
    /// <summary>The model in <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Unreadable, not protobuf, or not an ONNX model.</exception>
    public static ModelProto Read(string path)
    {
        var bytes = InputFile.ReadAllBytes(path, "the ONNX model");
        ModelProto model;
        try
        {
            model = ModelProto.Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException exception)
        {
            throw new InputException(new SourceLocation(path), $"not a readable ONNX model (truncated or corrupt protobuf, {bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes): {exception.Message}");
        }

        if (model.IrVersion < 3 || model.Graph is null || model.Graph.Node.Count == 0 || !model.OpsetImport.Any(o => o.Domain is "" or "ai.onnx"))
        {
            throw new InputException(new SourceLocation(path), $"not an ONNX model: no IR version ≥ 3, graph with nodes, and default-domain opset (ir_version {model.IrVersion.ToString(CultureInfo.InvariantCulture)}, {model.Graph?.Node.Count ?? 0} node(s)); export with torch.onnx.export or tools/export-onnx.py");
        }

        return model;
    }
}
