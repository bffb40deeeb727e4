using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// Element-wise sum of two values of the same shape (ONNX <c>Add</c> of two activations, a residual skip):
/// y = a + b. Its inputs are named values, so a skip connection is an edge from an earlier layer's output.
/// </summary>
public sealed record AddLayer : LayerOp
{
    /// <inheritdoc/>
    public override string TypeName => "add";

    /// <inheritdoc/>
    public override int InputCount => 2;

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(IReadOnlyList<TensorShape> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count != 2)
        {
            return ShapeInference.Failure($"takes two inputs, gets {inputs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        // No broadcasting: the adder circuit adds element k of one input to element k of the other.
        return inputs[0].Equals(inputs[1])
            ? ShapeInference.Success(inputs[0])
            : ShapeInference.Failure($"adds two values of the same shape, gets {inputs[0]} and {inputs[1]}");
    }
}
