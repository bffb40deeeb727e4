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

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
