using System.Globalization;
using Onnx;

namespace CrossbarSpice.Import.Onnx;

/// <summary>One ONNX node with typed access to its attributes and a display name for messages.</summary>
internal sealed class OnnxNodeView(NodeProto node, int index)
{
    /// <summary>The node.</summary>
    public NodeProto Node { get; } = node;

    /// <summary>Position in the graph's node list.</summary>
    public int Index { get; } = index;

    /// <summary>The op type, e.g. <c>Gemm</c>.</summary>
    public string OpType => Node.OpType;

    /// <summary>The node name, or <c>#index</c> when the model leaves it empty.</summary>
    public string Name => string.IsNullOrEmpty(Node.Name) ? "#" + Index.ToString(CultureInfo.InvariantCulture) : Node.Name;

    /// <summary><c>node '/fc/Gemm' (Gemm)</c>, as messages name it.</summary>
    public string Display => $"node '{Name}' ({OpType})";

    /// <summary>Input <paramref name="i"/>'s value name, or null when absent or empty (an omitted optional input).</summary>
    public string? Input(int i) => i < Node.Input.Count && Node.Input[i].Length > 0 ? Node.Input[i] : null;

    /// <summary>Output <paramref name="i"/>'s value name, or null when absent or empty.</summary>
    public string? Output(int i) => i < Node.Output.Count && Node.Output[i].Length > 0 ? Node.Output[i] : null;

    /// <summary>A problem at this node.</summary>
    public OnnxImportProblem Problem(string message) => new(Display, message);

    /// <summary>The attribute called <paramref name="name"/>, or null.</summary>
    public AttributeProto? Attribute(string name) => Node.Attribute.FirstOrDefault(a => a.Name == name);

    /// <summary>An integer attribute, or <paramref name="fallback"/> when absent.</summary>
    public long Int(string name, long fallback) => Attribute(name) is { } a ? a.I : fallback;

    /// <summary>A float attribute, or <paramref name="fallback"/> when absent.</summary>
    public double Float(string name, double fallback) => Attribute(name) is { } a ? a.F : fallback;

    /// <summary>A string attribute, or <paramref name="fallback"/> when absent.</summary>
    public string Text(string name, string fallback) => Attribute(name) is { } a ? a.S.ToStringUtf8() : fallback;

    /// <summary>An integer-list attribute, or null when absent.</summary>
    public long[]? Ints(string name) => Attribute(name) is { } a ? [.. a.Ints] : null;

    /// <summary>Throws unless every attribute is one of <paramref name="known"/> (an unknown one may change the meaning).</summary>
    public void OnlyAttributes(params string[] known)
    {
        var unknown = Node.Attribute.FirstOrDefault(a => !known.Contains(a.Name));
        if (unknown is not null)
        {
            throw Problem($"attribute '{unknown.Name}' is not supported" + (known.Length == 0 ? string.Empty : $" (supported: {string.Join(", ", known)})"));
        }
    }
}
