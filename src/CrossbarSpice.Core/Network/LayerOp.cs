using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// What a layer computes, with its trained parameters. Each op infers its output shape from its input shapes so that
/// validation can say "expects 784 inputs, gets 783". Shapes are per sample (no batch dimension): images [C, H, W],
/// vectors [N], sequences [T, N]. Ops taking several inputs (ONNX Add, Concat) derive from this type directly.
/// </summary>
public abstract record LayerOp
{
    /// <summary>Short lower-camel type name, as written in the architecture format: <c>dense</c>, <c>conv2d</c>, …</summary>
    public abstract string TypeName { get; }

    /// <summary>Number of input values the op consumes, ≥ 1.</summary>
    public virtual int InputCount => 1;

    /// <summary>Output shape for the given input shapes (one per input), or the reason they do not fit.</summary>
    public abstract ShapeInference InferOutputShape(IReadOnlyList<TensorShape> inputs);
}
