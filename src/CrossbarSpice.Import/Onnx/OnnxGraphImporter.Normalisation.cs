using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Onnx;

/// <summary>LayerNormalization (opset 17) onto the <c>layerNorm</c> op.</summary>
internal sealed partial class OnnxGraphImporter
{
    /// <summary>
    /// LayerNormalization: y = (x − mean)/√(var + ε)·Scale + B over the axes from <c>axis</c> to the last, the ONNX
    /// spec's biased variance, which is <see cref="LayerNormLayer"/>'s. The normalised axes must lie after the batch
    /// axis; the optional Mean and InvStdDev outputs (training statistics) must not be used.
    /// </summary>
    private void LayerNormalization(OnnxNodeView node)
    {
        node.OnlyAttributes("axis", "epsilon", "stash_type");
        if (node.Output(1) is not null || node.Output(2) is not null)
        {
            throw node.Problem("its Mean and InvStdDev outputs are not supported (training statistics); export the model in eval mode with only Y used");
        }

        var x = Runtime(node, 0);
        var rank = x.Dimensions.Length;
        var axis = node.Int("axis", -1);
        var first = axis < 0 ? axis + rank : axis;
        if (first <= x.BatchAxis || first >= rank)
        {
            throw node.Problem($"normalises from axis {axis} of its input {OnnxConstant.Format(x.Dimensions)}; the normalised axes must follow the batch axis {x.BatchAxis}");
        }

        var normalised = new TensorShape(x.Dimensions[(int)first..]);
        var name = LayerName(node);
        var gamma = AffineTensor(node, 1, normalised, name + ".weight") ?? throw node.Problem("input 1 (Scale) is missing");
        var beta = AffineTensor(node, 2, normalised, name + ".bias");
        AddLayer(node, new LayerNormLayer(normalised, gamma, beta, node.Float("epsilon", 1e-5)), x, [.. x.Dimensions], x.BatchAxis);
    }

    /// <summary>Constant input <paramref name="input"/> as a tensor of <paramref name="shape"/> (leading size-1 axes
    /// allowed), or null when omitted.</summary>
    private OnnxConstant? AffineConstant(OnnxNodeView node, int input, TensorShape shape)
    {
        var c = Constant(node, input);
        if (c is null)
        {
            return null;
        }

        var trailing = c.Dimensions.SkipWhile((d, k) => d == 1 && c.Rank - k > shape.Rank).ToArray();
        return trailing.SequenceEqual(shape.Dimensions)
            ? c
            : throw node.Problem($"input {input} has shape {OnnxConstant.Format(c.Dimensions)}; expected the normalised shape {shape}");
    }

    private Tensor? AffineTensor(OnnxNodeView node, int input, TensorShape shape, string name) =>
        AffineConstant(node, input, shape) is { } c ? new Tensor(name, shape, c.Values) : null;
}
