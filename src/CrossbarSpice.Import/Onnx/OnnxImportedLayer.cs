using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Import.Onnx;

/// <summary>A layer of the IR being built; its op may still be replaced by folding (bias Add, BatchNormalization).</summary>
internal sealed class OnnxImportedLayer(string name, LayerOp op, IReadOnlyList<string> inputs, string origin)
{
    /// <summary>Layer name, also the name of its output value.</summary>
    public string Name { get; } = name;

    /// <summary>What it computes; replaced when a following node folds into it.</summary>
    public LayerOp Op { get; set; } = op;

    /// <summary>The IR values it reads, in op order (two for an add).</summary>
    public IReadOnlyList<string> Inputs { get; } = inputs;

    /// <summary>The ONNX node(s) it came from, for messages.</summary>
    public string Origin { get; set; } = origin;

    /// <summary>The IR node.</summary>
    public LayerNode ToNode() => new() { Name = Name, Op = Op, Inputs = Inputs, Outputs = [Name], Origin = Origin };
}
