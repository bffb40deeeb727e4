namespace CrossbarSpice.Core.Network;

/// <summary>
/// One layer of the network graph: a unique name, the op it computes, and the names of the values it consumes and
/// produces. Values are named edges (graph inputs or other layers' outputs), so the graph is a DAG as in ONNX.
/// </summary>
public sealed record LayerNode
{
    private readonly IReadOnlyList<string> inputs = [];
    private readonly IReadOnlyList<string> outputs = [];

    /// <summary>Unique layer name, non-blank, e.g. <c>fc1</c> or <c>fc1.relu</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the layer computes.</summary>
    public required LayerOp Op { get; init; }

    /// <summary>Names of the consumed values, <see cref="LayerOp.InputCount"/> of them, in op order.</summary>
    public required IReadOnlyList<string> Inputs { get => inputs; init => inputs = [.. value]; }

    /// <summary>Names of the produced values (one for every current op), unique in the graph.</summary>
    public required IReadOnlyList<string> Outputs { get => outputs; init => outputs = [.. value]; }

    /// <summary>Where the layer was declared, for messages (e.g. <c>$.layers[2]</c> or an ONNX node name); may be null.</summary>
    public string? Origin { get; init; }

    /// <summary>Formats as <c>name (type): in → out</c>.</summary>
    public override string ToString() => $"{Name} ({Op.TypeName}): {string.Join(", ", Inputs)} → {string.Join(", ", Outputs)}";
}
