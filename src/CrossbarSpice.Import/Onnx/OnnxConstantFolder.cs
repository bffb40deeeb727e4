using Onnx;

namespace CrossbarSpice.Import.Onnx;

/// <summary>
/// Evaluates, at import, nodes whose inputs are all known: the shape arithmetic PyTorch's exporter writes for
/// <c>x.view(x.size(0), -1)</c> and for LSTM initial states (Shape → Gather → Unsqueeze → Concat → Reshape /
/// ConstantOfShape) and the Slice/Concat/Unsqueeze it wraps around LSTM weights. Semantics as in the ONNX operator
/// specification (opset 13; attribute forms of older opsets accepted).
/// </summary>
internal static class OnnxConstantFolder
{
    /// <summary>Op types this folder evaluates.</summary>
    public static IReadOnlySet<string> OpTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Constant", "Identity", "Cast", "Gather", "Unsqueeze", "Squeeze", "Concat", "Slice", "Reshape", "ConstantOfShape",
        "Transpose", "Add", "Sub", "Mul", "Div", "Neg", "Sqrt",
    };

    /// <summary>The node's first output, from its constant inputs (null entries: omitted optional inputs).</summary>
    public static OnnxConstant Fold(OnnxNodeView node, IReadOnlyList<OnnxConstant?> inputs)
    {
        OnnxConstant In(int i) => i < inputs.Count && inputs[i] is { } c ? c : throw node.Problem($"input {i} is missing");
        OnnxConstant? Optional(int i) => i < inputs.Count ? inputs[i] : null;
        switch (node.OpType)
        {
            case "Constant":
                return Constant(node);
            case "Identity":
                return In(0);
            case "Cast":
                var to = (TensorProto.Types.DataType)node.Int("to", 1);
                var integer = to is not (TensorProto.Types.DataType.Float or TensorProto.Types.DataType.Double or TensorProto.Types.DataType.Float16 or TensorProto.Types.DataType.Bfloat16);
                return In(0) with { Values = integer ? [.. In(0).Values.Select(Math.Truncate)] : In(0).Values, IsInteger = integer };
            case "Gather":
                return Gather(node, In(0), In(1));
            case "Unsqueeze":
                return Unsqueeze(node, In(0), Optional(1)?.AsIntegers() ?? node.Ints("axes") ?? throw node.Problem("no axes"));
            case "Squeeze":
                return Squeeze(node, In(0), Optional(1)?.AsIntegers() ?? node.Ints("axes"));
            case "Concat":
                return Concat(node, [.. inputs.Select((c, i) => c ?? In(i))], node.Int("axis", 0));
            case "Slice":
                return Slice(node, In(0), Optional(1)?.AsIntegers() ?? node.Ints("starts"), Optional(2)?.AsIntegers() ?? node.Ints("ends"), Optional(3)?.AsIntegers() ?? node.Ints("axes"), Optional(4)?.AsIntegers());
            case "Reshape":
                return In(0) with { Dimensions = OnnxShapes.ReshapeTarget(node, In(0).Dimensions, In(1).AsIntegers()) };
            case "ConstantOfShape":
                var fill = node.Attribute("value") is { } value ? OnnxTensorDecoder.Decode(value.T) : new OnnxConstant([1], [0.0], false);
                var dimensions = In(0).AsIntegers().Select(d => checked((int)d)).ToArray();
                return new OnnxConstant(dimensions, Enumerable.Repeat(fill.Values[0], OnnxConstant.CountOf(dimensions)).ToArray(), fill.IsInteger);
            case "Transpose":
                return Transpose(In(0), node.Ints("perm") ?? [.. Enumerable.Range(0, In(0).Rank).Reverse().Select(a => (long)a)]);
            case "Neg":
                return In(0) with { Values = [.. In(0).Values.Select(v => -v)] };
            case "Sqrt":
                return In(0) with { Values = [.. In(0).Values.Select(Math.Sqrt)] };
            default:
                return Binary(node, In(0), In(1));
        }
    }

    private static OnnxConstant Constant(OnnxNodeView node)
    {
        if (node.Attribute("value") is { } value)
        {
            return OnnxTensorDecoder.Decode(value.T);
        }

        if (node.Attribute("value_int") is { } one)
        {
            return new OnnxConstant([], [one.I], true);
        }

        if (node.Attribute("value_ints") is { } many)
        {
            return OnnxConstant.Integers([.. many.Ints]);
        }

        if (node.Attribute("value_float") is { } single)
        {
            return new OnnxConstant([], [single.F], false);
        }

        if (node.Attribute("value_floats") is { } floats)
        {
            return new OnnxConstant([floats.Floats.Count], [.. floats.Floats.Select(f => (double)f)], false);
        }

        throw node.Problem("a Constant with a value form other than value, value_int(s), value_float(s)");
    }

    private static OnnxConstant Gather(OnnxNodeView node, OnnxConstant data, OnnxConstant indices)
    {
        var axis = OnnxShapes.Axis(node, node.Int("axis", 0), data.Rank);
        var outer = data.Dimensions.Take(axis).Aggregate(1, (p, d) => p * d);
        var size = data.Dimensions[axis];
        var inner = data.Dimensions.Skip(axis + 1).Aggregate(1, (p, d) => p * d);
        var values = new List<double>();
        for (var o = 0; o < outer; o++)
        {
            foreach (var raw in indices.AsIntegers())
            {
                var index = raw < 0 ? raw + size : raw;
                if (index < 0 || index >= size)
                {
                    throw node.Problem($"index {raw} is outside axis {axis} of size {size}");
                }

                values.AddRange(data.Values.AsSpan((int)(((o * size) + index) * inner), inner).ToArray());
            }
        }

        var dimensions = data.Dimensions.Take(axis).Concat(indices.Dimensions).Concat(data.Dimensions.Skip(axis + 1)).ToArray();
        return new OnnxConstant(dimensions, [.. values], data.IsInteger);
    }

    private static OnnxConstant Unsqueeze(OnnxNodeView node, OnnxConstant data, long[] axes) =>
        data with { Dimensions = OnnxShapes.Unsqueeze(node, data.Dimensions, axes) };

    private static OnnxConstant Squeeze(OnnxNodeView node, OnnxConstant data, long[]? axes) =>
        data with { Dimensions = OnnxShapes.Squeeze(node, data.Dimensions, axes) };

    private static OnnxConstant Concat(OnnxNodeView node, IReadOnlyList<OnnxConstant> parts, long rawAxis)
    {
        var first = parts[0];
        var axis = OnnxShapes.Axis(node, rawAxis, first.Rank);
        if (parts.Any(p => p.Rank != first.Rank || Enumerable.Range(0, first.Rank).Any(a => a != axis && p.Dimensions[a] != first.Dimensions[a])))
        {
            throw node.Problem("inputs of different shapes: " + string.Join(", ", parts.Select(p => OnnxConstant.Format(p.Dimensions))));
        }

        var outer = first.Dimensions.Take(axis).Aggregate(1, (p, d) => p * d);
        var inner = first.Dimensions.Skip(axis + 1).Aggregate(1, (p, d) => p * d);
        var values = new List<double>();
        for (var o = 0; o < outer; o++)
        {
            foreach (var part in parts)
            {
                var block = part.Dimensions[axis] * inner;
                values.AddRange(part.Values.AsSpan(o * block, block).ToArray());
            }
        }

        var dimensions = first.Dimensions.ToArray();
        dimensions[axis] = parts.Sum(p => p.Dimensions[axis]);
        return new OnnxConstant(dimensions, [.. values], parts.All(p => p.IsInteger));
    }

    private static OnnxConstant Slice(OnnxNodeView node, OnnxConstant data, long[]? starts, long[]? ends, long[]? axes, long[]? steps)
    {
        if (starts is null || ends is null || starts.Length != ends.Length)
        {
            throw node.Problem("starts and ends must be given, of equal length");
        }

        var rank = data.Rank;
        var begin = new int[rank];
        var step = Enumerable.Repeat(1, rank).ToArray();
        var count = data.Dimensions.ToArray();
        for (var i = 0; i < starts.Length; i++)
        {
            var axis = OnnxShapes.Axis(node, axes is null ? i : axes[i], rank);
            var size = data.Dimensions[axis];
            var s = steps is null ? 1 : steps[i];
            if (s == 0)
            {
                throw node.Problem("step 0");
            }

            long Clamp(long v, long low, long high) => Math.Clamp(v < 0 ? v + size : v, low, high);
            var from = s > 0 ? Clamp(starts[i], 0, size) : Clamp(starts[i], -1, size - 1);
            var to = s > 0 ? Clamp(ends[i], 0, size) : Clamp(ends[i], -1, size - 1);
            begin[axis] = (int)from;
            step[axis] = (int)s;
            count[axis] = (int)Math.Max(0, s > 0 ? (to - from + s - 1) / s : (from - to - s - 1) / -s);
        }

        var strides = OnnxConstant.StridesOf(data.Dimensions);
        var values = new double[OnnxConstant.CountOf(count)];
        var outStrides = OnnxConstant.StridesOf(count);
        for (var flat = 0; flat < values.Length; flat++)
        {
            var source = 0;
            for (var axis = 0; axis < rank; axis++)
            {
                var index = flat / outStrides[axis] % count[axis];
                source += (begin[axis] + (index * step[axis])) * strides[axis];
            }

            values[flat] = data.Values[source];
        }

        return new OnnxConstant(count, values, data.IsInteger);
    }

    private static OnnxConstant Transpose(OnnxConstant data, long[] perm)
    {
        var dimensions = perm.Select(p => data.Dimensions[(int)p]).ToArray();
        var strides = OnnxConstant.StridesOf(data.Dimensions);
        var outStrides = OnnxConstant.StridesOf(dimensions);
        var values = new double[data.Length];
        for (var flat = 0; flat < values.Length; flat++)
        {
            var source = 0;
            for (var axis = 0; axis < dimensions.Length; axis++)
            {
                source += flat / outStrides[axis] % dimensions[axis] * strides[(int)perm[axis]];
            }

            values[flat] = data.Values[source];
        }

        return new OnnxConstant(dimensions, values, data.IsInteger);
    }

    private static OnnxConstant Binary(OnnxNodeView node, OnnxConstant a, OnnxConstant b)
    {
        var rank = Math.Max(a.Rank, b.Rank);
        int Dim(OnnxConstant c, int axis) => axis - (rank - c.Rank) is var k && k >= 0 ? c.Dimensions[k] : 1;
        var dimensions = new int[rank];
        for (var axis = 0; axis < rank; axis++)
        {
            var (x, y) = (Dim(a, axis), Dim(b, axis));
            dimensions[axis] = x == y || y == 1 ? x : x == 1 ? y : throw node.Problem($"cannot broadcast {OnnxConstant.Format(a.Dimensions)} with {OnnxConstant.Format(b.Dimensions)}");
        }

        var integer = a.IsInteger && b.IsInteger;
        var outStrides = OnnxConstant.StridesOf(dimensions);
        int Source(OnnxConstant c, int flat)
        {
            var strides = OnnxConstant.StridesOf(c.Dimensions);
            var source = 0;
            for (var k = 0; k < c.Rank; k++)
            {
                var axis = k + rank - c.Rank;
                var index = c.Dimensions[k] == 1 ? 0 : flat / outStrides[axis] % dimensions[axis];
                source += index * strides[k];
            }

            return source;
        }

        var values = new double[OnnxConstant.CountOf(dimensions)];
        for (var flat = 0; flat < values.Length; flat++)
        {
            var (x, y) = (a.Values[Source(a, flat)], b.Values[Source(b, flat)]);
            values[flat] = node.OpType switch
            {
                "Add" => x + y,
                "Sub" => x - y,
                "Mul" => x * y,
                _ => integer ? Math.Truncate(x / y) : x / y,
            };
        }

        return new OnnxConstant(dimensions, values, integer);
    }
}
