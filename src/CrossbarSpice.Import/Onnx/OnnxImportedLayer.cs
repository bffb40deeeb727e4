using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Import.Onnx;

/// <summary>A layer of the IR being built; its op may still be replaced by folding (bias Add, BatchNormalization).</summary>
internal sealed class OnnxImportedLayer(string name, LayerOp op, string input, string origin)
{
    /// <summary>Layer name, also the name of its output value.</summary>
    public string Name { get; } = name;

    /// <summary>What it computes; replaced when a following node folds into it.</summary>
    public LayerOp Op { get; set; } = op;

    /// <summary>The IR value it reads.</summary>
    public string Input { get; } = input;

    /// <summary>The ONNX node(s) it came from, for messages.</summary>
    public string Origin { get; set; } = origin;

    /// <summary>The IR node.</summary>
    public LayerNode ToNode() => new() { Name = Name, Op = Op, Inputs = [Input], Outputs = [Name], Origin = Origin };
}
