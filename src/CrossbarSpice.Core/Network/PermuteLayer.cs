using System.Collections.Immutable;
using System.Globalization;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// Reorders the axes of the per-sample tensor (PyTorch <c>x.permute(…)</c> without the batch axis, ONNX Transpose
/// <c>perm</c>): output axis i is input axis <see cref="Permutation"/>[i]. The values are only re-wired, nothing is
/// computed: e.g. [1, 2, 0] turns a patch embedding's [C, H, W] into the sequencer's tokens [H, W, C].
/// </summary>
public sealed record PermuteLayer : UnaryLayerOp
{
    /// <summary>Creates the layer.</summary>
    /// <param name="permutation">Each of 0…n−1 exactly once, n ≥ 1 = the input's rank.</param>
    /// <exception cref="ArgumentException">Not a permutation of 0…n−1.</exception>
    public PermuteLayer(IReadOnlyList<int> permutation)
    {
        ArgumentNullException.ThrowIfNull(permutation);
        if (Problem(permutation) is { } problem)
        {
            throw new ArgumentException(problem, nameof(permutation));
        }

        Permutation = [.. permutation];
    }

    /// <summary>Output axis i is input axis Permutation[i]; a permutation of 0…rank−1.</summary>
    public ImmutableArray<int> Permutation { get; }

    /// <inheritdoc/>
    public override string TypeName => "permute";

    /// <summary>Why <paramref name="permutation"/> is not a permutation of 0…n−1 (n = its length), or null when it is.</summary>
    public static string? Problem(IReadOnlyList<int> permutation)
    {
        ArgumentNullException.ThrowIfNull(permutation);
        if (permutation.Count == 0)
        {
            return "the permutation is empty";
        }

        var seen = new bool[permutation.Count];
        foreach (var axis in permutation)
        {
            if (axis < 0 || axis >= permutation.Count)
            {
                return $"axis {Text(axis)} is outside 0…{Text(permutation.Count - 1)}";
            }

            if (seen[axis])
            {
                return $"axis {Text(axis)} appears twice; each of 0…{Text(permutation.Count - 1)} must appear once";
            }

            seen[axis] = true;
        }

        return null;
    }

    /// <inheritdoc/>
    public override ShapeInference InferOutputShape(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Rank != Permutation.Length)
        {
            return ShapeInference.Failure($"permutes {Text(Permutation.Length)} axes [{string.Join(", ", Permutation)}], gets input {input} of rank {Text(input.Rank)}");
        }

        return ShapeInference.Success(new TensorShape([.. Permutation.Select(axis => input[axis])]));
    }

    /// <summary>
    /// Where each output element comes from: output element t (row-major in the output shape) is input element
    /// <c>SourceIndices(input)[t]</c> (row-major in <paramref name="input"/>). Output element (j_0, …, j_{n−1}) is the
    /// input element whose index on axis Permutation[a] is j_a.
    /// </summary>
    /// <param name="input">The input shape, of rank <see cref="Permutation"/>.Length.</param>
    public int[] SourceIndices(TensorShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rank = input.Rank;
        if (rank != Permutation.Length)
        {
            throw new ArgumentException($"permutes {Text(Permutation.Length)} axes, gets input {input}", nameof(input));
        }

        var inputStride = new int[rank];
        inputStride[rank - 1] = 1;
        for (var a = rank - 2; a >= 0; a--)
        {
            inputStride[a] = inputStride[a + 1] * input[a + 1];
        }

        var outputDimensions = Permutation.Select(a => input[a]).ToArray();
        var sources = new int[input.ElementCount];
        for (var target = 0; target < sources.Length; target++)
        {
            var rest = target;
            var source = 0;
            for (var a = rank - 1; a >= 0; a--)
            {
                source += rest % outputDimensions[a] * inputStride[Permutation[a]];
                rest /= outputDimensions[a];
            }

            sources[target] = source;
        }

        return sources;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
