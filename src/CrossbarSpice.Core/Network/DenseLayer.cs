using System.Collections.Immutable;
using System.Globalization;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// Fully connected layer y = W·x + b (PyTorch <c>nn.Linear</c>, ONNX Gemm with transB = 1). Applied to the last
/// axis, as <c>nn.Linear</c> is: [in] → [out], a sequence [T, in] → [T, out] token by token, and tokens [H, W, in] →
/// [H, W, out] (the sequencer's channel MLP). One crossbar (or tile set) holds W.
/// </summary>
public sealed record DenseLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="weight">[outputs × inputs] weights.</param>
    /// <param name="bias">One value per output, or null for no bias.</param>
    /// <exception cref="ArgumentException">The bias length differs from the number of outputs.</exception>
    public DenseLayer(WeightMatrix weight, BiasVector? bias)
    {
        ArgumentNullException.ThrowIfNull(weight);
        if (bias is not null && bias.Length != weight.Outputs)
        {
            throw new ArgumentException($"bias has {bias.Length} values, the weight has {weight.Outputs} outputs", nameof(bias));
        }

        Weight = weight;
        Bias = bias;
    }

    /// <summary>Weights, [outputs × inputs].</summary>
    public WeightMatrix Weight { get; }

    /// <summary>Bias, one per output, or null.</summary>
    public BiasVector? Bias { get; }

    /// <summary>Input features, ≥ 1.</summary>
    public int InputFeatures => Weight.Inputs;

    /// <summary>Output features, ≥ 1.</summary>
    public int OutputFeatures => Weight.Outputs;

    /// <inheritdoc/>
    public override string TypeName => "dense";

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Rank < 1)
        {
            return ShapeInference.Failure($"expects a vector [{Text(InputFeatures)}], gets a scalar");
        }

        if (input[-1] != InputFeatures)
        {
            return ShapeInference.Failure(input.Rank <= 2
                ? $"expects {Text(InputFeatures)} inputs, gets {Text(input[-1])}"
                : $"expects {Text(InputFeatures)} inputs on the last axis, gets {input} (add a flatten layer?)");
        }

        var dimensions = input.Dimensions.Select(d => (long)d).ToArray();
        dimensions[^1] = OutputFeatures;
        return ShapeInference.Success(dimensions);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
