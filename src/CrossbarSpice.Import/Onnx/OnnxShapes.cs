namespace CrossbarSpice.Import.Onnx;

/// <summary>Shape rules of the ONNX operators the importer folds or follows (negative axes, Squeeze, Unsqueeze, Reshape).</summary>
internal static class OnnxShapes
{
    /// <summary>The axis in [0, rank), negative values counting from the end.</summary>
    public static int Axis(OnnxNodeView node, long axis, int rank)
    {
        var resolved = axis < 0 ? axis + rank : axis;
        return resolved >= 0 && resolved < rank ? (int)resolved : throw node.Problem($"axis {axis} is outside a rank-{rank} tensor");
    }

    /// <summary>Dimensions with size-1 axes inserted at <paramref name="axes"/> (axes of the output).</summary>
    public static int[] Unsqueeze(OnnxNodeView node, IReadOnlyList<int> dimensions, long[] axes)
    {
        var rank = dimensions.Count + axes.Length;
        var inserted = axes.Select(a => Axis(node, a, rank)).ToHashSet();
        var result = new int[rank];
        var next = 0;
        for (var axis = 0; axis < rank; axis++)
        {
            result[axis] = inserted.Contains(axis) ? 1 : dimensions[next++];
        }

        return result;
    }

    /// <summary>Dimensions without <paramref name="axes"/> (each of size 1), or without every size-1 axis when null.</summary>
    public static int[] Squeeze(OnnxNodeView node, IReadOnlyList<int> dimensions, long[]? axes)
    {
        var removed = axes is null
            ? Enumerable.Range(0, dimensions.Count).Where(a => dimensions[a] == 1).ToHashSet()
            : axes.Select(a => Axis(node, a, dimensions.Count)).ToHashSet();
        if (removed.Any(a => dimensions[a] != 1))
        {
            throw node.Problem($"squeezes an axis of size ≠ 1 of {OnnxConstant.Format(dimensions)}");
        }

        return [.. dimensions.Where((_, axis) => !removed.Contains(axis))];
    }

    /// <summary>The output dimensions of Reshape: 0 copies the input dimension (allowzero = 0), one −1 is inferred.</summary>
    public static int[] ReshapeTarget(OnnxNodeView node, IReadOnlyList<int> input, long[] target)
    {
        if (node.Int("allowzero", 0) != 0)
        {
            throw node.Problem("allowzero = 1 is not supported");
        }

        var result = new int[target.Length];
        var inferred = -1;
        for (var axis = 0; axis < target.Length; axis++)
        {
            if (target[axis] == -1)
            {
                inferred = inferred < 0 ? axis : throw node.Problem("more than one −1 in the target shape");
                continue;
            }

            result[axis] = target[axis] == 0 && axis < input.Count ? input[axis]
                : target[axis] > 0 ? checked((int)target[axis]) : throw node.Problem($"target dimension {target[axis]}");
        }

        var total = OnnxConstant.CountOf(input);
        if (inferred >= 0)
        {
            var known = result.Where((_, a) => a != inferred).Aggregate(1, (p, d) => p * d);
            result[inferred] = known > 0 && total % known == 0 ? total / known : throw node.Problem($"cannot reshape {OnnxConstant.Format(input)} to {string.Join(", ", target)}");
        }

        return OnnxConstant.CountOf(result) == total ? result : throw node.Problem($"cannot reshape {OnnxConstant.Format(input)} ({total} values) to {OnnxConstant.Format(result)}");
    }
}
