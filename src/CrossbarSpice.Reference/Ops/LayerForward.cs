using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Dispatches one IR op to its reference kernel.</summary>
public static class LayerForward
{
    /// <summary>Computes <paramref name="op"/> on <paramref name="inputs"/>, one tensor per op input (op order).</summary>
    /// <param name="op">Any op of the IR.</param>
    /// <param name="inputs">The op's input values (per-sample shapes).</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">An input shape does not fit the op.</exception>
    /// <exception cref="NotSupportedException">An op the reference does not know.</exception>
    public static Tensor Apply(LayerOp op, IReadOnlyList<Tensor> inputs, string outputName)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count != op.InputCount)
        {
            throw new ReferenceException(outputName, $"{op.TypeName} takes {op.InputCount} input(s), gets {inputs.Count}");
        }

        return op switch
        {
            AddLayer add => AddForward.Apply(add, inputs[0], inputs[1], outputName),
            MatMulLayer matMul => MatMulForward.Apply(matMul, inputs[0], inputs[1], outputName),
            _ => Apply(op, inputs[0], outputName),
        };
    }

    /// <summary>Computes <paramref name="op"/> on <paramref name="input"/>.</summary>
    /// <param name="op">Any op of the architecture format.</param>
    /// <param name="input">The op's input value (per-sample shape).</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input shape does not fit the op.</exception>
    /// <exception cref="NotSupportedException">An op with several inputs or one the reference does not know.</exception>
    public static Tensor Apply(LayerOp op, Tensor input, string outputName) => op switch
    {
        DenseLayer dense => DenseForward.Apply(dense, input, outputName),
        Conv2dLayer conv => Conv2dForward.Apply(conv, input, outputName),
        ActivationLayer activation => ActivationForward.Apply(activation, input, outputName),
        AveragePool2dLayer average => Pool2dForward.Average(average, input, outputName),
        MaxPool2dLayer max => Pool2dForward.Max(max, input, outputName),
        GlobalAveragePoolLayer global => GlobalAveragePoolForward.Apply(global, input, outputName),
        FlattenLayer flatten => FlattenForward.Apply(flatten, input, outputName),
        LayerNormLayer norm => LayerNormForward.Apply(norm, input, outputName),
        SoftmaxLayer softmax => SoftmaxForward.Apply(softmax, input, outputName),
        ReshapeLayer reshape => ReshapeForward.Apply(reshape, input, outputName),
        LstmLayer lstm => LstmForward.Apply(lstm, input, outputName),
        BidirectionalLstmLayer bilstm => BidirectionalLstmForward.Apply(bilstm, input, outputName),
        BiLstm2dLayer bilstm2d => BiLstm2dForward.Apply(bilstm2d, input, outputName),
        PermuteLayer permute => PermuteForward.Apply(permute, input, outputName),
        AffineLayer affine => AffineForward.Apply(affine, input, outputName),
        null => throw new ArgumentNullException(nameof(op)),
        _ => throw new NotSupportedException($"the software reference has no kernel for op '{op.TypeName}'"),
    };
}
