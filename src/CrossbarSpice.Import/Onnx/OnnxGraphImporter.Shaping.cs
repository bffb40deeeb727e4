using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Onnx;

/// <summary>Element-wise, pooling and shape ops: activations, Clip, pools, Flatten, Reshape, Transpose, Squeeze, Dropout, Softmax.</summary>
internal sealed partial class OnnxGraphImporter
{
    private void Activation(OnnxNodeView node, ActivationLayer op)
    {
        node.OnlyAttributes();
        var x = Runtime(node, 0);
        AddLayer(node, op, x, x.Dimensions, x.BatchAxis);
    }

    /// <summary>Clip(min, max): clamp(x, −L, L) is boundedLinearTanh with slope 1 (docs/architecture-format.md), Clip(0) is relu.</summary>
    private void Clip(OnnxNodeView node)
    {
        node.OnlyAttributes("min", "max");
        var min = Constant(node, 1) is { } lo ? Scalar(node, lo, "min") : node.Float("min", double.NegativeInfinity);
        var max = Constant(node, 2) is { } hi ? Scalar(node, hi, "max") : node.Float("max", double.PositiveInfinity);
        ActivationLayer op;
        if (double.IsFinite(max) && max > 0 && min == -max)
        {
            op = new ActivationLayer(ActivationKind.BoundedLinearTanh, new BoundedLinearTanhParameters(1.0, max));
        }
        else if (min == 0 && double.IsPositiveInfinity(max))
        {
            op = new ActivationLayer(ActivationKind.Relu);
        }
        else
        {
            throw node.Problem($"Clip({Text(min)}, {Text(max)}) equals no activation of the project: clamp(x, −L, L) with min = −max maps onto boundedLinearTanh (slope 1, limit L), Clip(0, ∞) onto relu");
        }

        Activation(node, op);
    }

    private void Pool(OnnxNodeView node, bool max)
    {
        node.OnlyAttributes(max ? ["auto_pad", "ceil_mode", "dilations", "kernel_shape", "pads", "storage_order", "strides"] : ["auto_pad", "ceil_mode", "count_include_pad", "kernel_shape", "pads", "strides"]);
        if (node.Output(1) is not null)
        {
            throw node.Problem("the Indices output is not supported");
        }

        if (node.Int("ceil_mode", 0) != 0)
        {
            throw node.Problem("ceil_mode = 1 is not supported (the project rounds output sizes down)");
        }

        var kernelShape = node.Ints("kernel_shape") is { Length: 2 } k ? new Size2d((int)k[0], (int)k[1]) : throw node.Problem("needs a 2-D kernel_shape");
        var (stride, padding) = Window(node, kernelShape);
        if (!max && (padding.Height > 0 || padding.Width > 0) && node.Int("count_include_pad", 0) == 0)
        {
            throw node.Problem("averages with padding but count_include_pad = 0; the project's average pooling counts the padded zeros (PyTorch AvgPool2d's default count_include_pad=True)");
        }

        var x = Runtime(node, 0);
        if (x.Dimensions.Length != 4 || x.BatchAxis != 0)
        {
            throw node.Problem($"expects [batch, C, H, W] data, gets {OnnxConstant.Format(x.Dimensions)}");
        }

        LayerOp op = max ? new MaxPool2dLayer(kernelShape, stride, padding) : new AveragePool2dLayer(kernelShape, stride, padding);
        var output = op.InferOutputShape([x.PerSample]);
        AddLayer(node, op, x, output.IsSuccess ? [1, .. output.Output!.Dimensions] : x.Dimensions, 0);
    }

    /// <summary>GlobalAveragePool: ONNX keeps [C, 1, 1], the project's globalAvgPool gives [C] (same numbers).</summary>
    private void GlobalAveragePool(OnnxNodeView node)
    {
        node.OnlyAttributes();
        var x = Runtime(node, 0);
        if (x.Dimensions.Length < 3 || x.BatchAxis != 0)
        {
            throw node.Problem($"expects [batch, C, …] data, gets {OnnxConstant.Format(x.Dimensions)}");
        }

        AddLayer(node, new GlobalAveragePoolLayer(), x, [1, x.Dimensions[1], .. Enumerable.Repeat(1, x.Dimensions.Length - 2)], 0);
    }

    private void Flatten(OnnxNodeView node)
    {
        node.OnlyAttributes("axis");
        var x = Runtime(node, 0);
        if (x.BatchAxis != 0 || OnnxShapes.Axis(node, node.Int("axis", 1), x.Dimensions.Length + 1) != 1)
        {
            throw node.Problem("only Flatten(axis = 1), flattening each sample, is supported");
        }

        ToVector(node, x, [1, OnnxConstant.CountOf(x.Dimensions)]);
    }

    /// <summary>Reshape with a constant target that keeps the batch axis: to a vector → flatten; otherwise only the shape changes.</summary>
    private void Reshape(OnnxNodeView node)
    {
        node.OnlyAttributes("allowzero");
        var x = Runtime(node, 0);
        var target = OnnxShapes.ReshapeTarget(node, x.Dimensions, Constant(node, 1)!.AsIntegers());
        if (x.BatchAxis != 0 || target.Length < 1 || target[0] != 1)
        {
            throw node.Problem($"reshapes {OnnxConstant.Format(x.Dimensions)} to {OnnxConstant.Format(target)}, moving the batch axis; only reshapes of each sample are supported");
        }

        if (target.Length == 2)
        {
            ToVector(node, x, target);
            return;
        }

        Alias(node, x with { Dimensions = target, Producer = x.Producer });
    }

    /// <summary>The value as a vector per sample: an alias when the IR already holds a vector, else a flatten layer.</summary>
    private void ToVector(OnnxNodeView node, OnnxRuntimeValue x, int[] dimensions)
    {
        if (x.IrShape.Rank == 1)
        {
            Alias(node, x with { Dimensions = dimensions });
            return;
        }

        AddLayer(node, new FlattenLayer(), x with { IrShape = x.IrShape }, dimensions, 0);
    }

    /// <summary>Transpose: moving only size-1 axes (the batch axis of batch-first LSTMs) keeps the data order; else permute.</summary>
    private void Transpose(OnnxNodeView node)
    {
        node.OnlyAttributes("perm");
        var x = Runtime(node, 0);
        var rank = x.Dimensions.Length;
        var perm = (node.Ints("perm") ?? [.. Enumerable.Range(0, rank).Reverse().Select(a => (long)a)]).Select(a => (int)a).ToArray();
        if (perm.Length != rank || perm.Distinct().Count() != rank || perm.Any(a => a < 0 || a >= rank))
        {
            throw node.Problem($"perm [{string.Join(", ", perm)}] is not a permutation of a rank-{rank} tensor");
        }

        var dimensions = perm.Select(a => x.Dimensions[a]).ToArray();
        var batchAxis = Array.IndexOf(perm, x.BatchAxis);
        var moved = perm.Where(a => x.Dimensions[a] != 1).ToArray();
        if (moved.SequenceEqual(moved.Order()))
        {
            Alias(node, x with { Dimensions = dimensions, BatchAxis = batchAxis });
            return;
        }

        var sampleAxes = Enumerable.Range(0, rank).Where(a => a != x.BatchAxis).ToList();
        var samplePerm = perm.Where(a => a != x.BatchAxis).Select(a => sampleAxes.IndexOf(a)).ToArray();
        AddLayer(node, new PermuteLayer(samplePerm), x, dimensions, batchAxis);
    }

    /// <summary>Squeeze / Unsqueeze of per-sample axes: only the shape changes.</summary>
    private void SqueezeOrUnsqueeze(OnnxNodeView node, bool squeeze)
    {
        node.OnlyAttributes("axes");
        var x = Runtime(node, 0);
        var axes = Constant(node, 1)?.AsIntegers() ?? node.Ints("axes");
        if (squeeze)
        {
            var dimensions = OnnxShapes.Squeeze(node, x.Dimensions, axes);
            var removed = axes is null ? Enumerable.Range(0, x.Dimensions.Length).Where(a => x.Dimensions[a] == 1).ToList() : [.. axes.Select(a => OnnxShapes.Axis(node, a, x.Dimensions.Length))];
            if (removed.Contains(x.BatchAxis))
            {
                throw node.Problem("squeezes the batch axis; only per-sample axes may be squeezed");
            }

            Alias(node, x with { Dimensions = dimensions, BatchAxis = x.BatchAxis - removed.Count(a => a < x.BatchAxis) });
        }
        else
        {
            var dimensions = OnnxShapes.Unsqueeze(node, x.Dimensions, axes ?? throw node.Problem("no axes"));
            var inserted = axes.Select(a => OnnxShapes.Axis(node, a, dimensions.Length)).ToHashSet();
            var kept = Enumerable.Range(0, dimensions.Length).Where(a => !inserted.Contains(a)).ToList();
            Alias(node, x with { Dimensions = dimensions, BatchAxis = kept[x.BatchAxis] });
        }
    }

    /// <summary>Gather of the only index of a size-1 axis (PyTorch's <c>h_n[-1]</c> of a one-layer LSTM): a squeeze.</summary>
    private void GatherUnitAxis(OnnxNodeView node)
    {
        node.OnlyAttributes("axis");
        var x = Runtime(node, 0);
        var indices = Constant(node, 1)!;
        var axis = OnnxShapes.Axis(node, node.Int("axis", 0), x.Dimensions.Length);
        if (axis == x.BatchAxis || x.Dimensions[axis] != 1 || indices.Rank != 0 || indices.Values[0] is not (0 or -1))
        {
            throw node.Problem("selects part of the data; only taking the single entry of a size-1 axis (e.g. h_n[-1] of a one-layer LSTM) is supported");
        }

        Alias(node, x with { Dimensions = [.. x.Dimensions.Where((_, a) => a != axis)], BatchAxis = x.BatchAxis - (axis < x.BatchAxis ? 1 : 0) });
    }

    /// <summary>Pad with every pad 0 (PyTorch 1.13 writes one before each AvgPool2d): the identity.</summary>
    private void ZeroPad(OnnxNodeView node)
    {
        node.OnlyAttributes("mode", "pads");
        var pads = Constant(node, 1)?.AsIntegers() ?? node.Ints("pads") ?? [];
        if (pads.Any(p => p != 0))
        {
            throw node.Problem($"pads [{string.Join(", ", pads)}]; only Pad of zero width is supported (give the padding to the Conv or AveragePool instead)");
        }

        Alias(node, Runtime(node, 0));
    }

    private void Dropout(OnnxNodeView node)
    {
        node.OnlyAttributes("seed", "ratio", "is_test");
        if (node.Output(1) is { } mask && consumers.GetValueOrDefault(mask) > 0)
        {
            throw node.Problem("its mask output is used; at inference Dropout is the identity and has no mask");
        }

        if (Constant(node, 2) is { } training && training.Values.Any(v => v != 0))
        {
            throw node.Problem("training_mode = true; export the model in eval mode");
        }

        Alias(node, Runtime(node, 0));
    }

    /// <summary>A Softmax whose output is the network's: computed in software after the crossbars (argmax unchanged), dropped with a warning.</summary>
    /// <summary>Softmax inside the network (attention weights): the softmax layer, over the last axis only.</summary>
    private void Softmax(OnnxNodeView node)
    {
        node.OnlyAttributes("axis");
        var x = Runtime(node, 0);
        var axis = node.Int("axis", -1);
        if (axis != -1 && axis != x.Dimensions.Length - 1)
        {
            throw node.Problem($"normalises over axis {axis} of {OnnxConstant.Format(x.Dimensions)}; the softmax layer normalises over the last axis");
        }

        AddLayer(node, new SoftmaxLayer(), x, [.. x.Dimensions], x.BatchAxis);
    }

    private void FinalSoftmax(OnnxNodeView node)
    {
        if (node.Output(0) != outputName)
        {
            throw node.Problem("Softmax is supported only as the last node (computed in software, dropped at import)");
        }

        warnings.Add(NetworkDiagnostic.Warning(NetworkDiagnosticCode.Structure, new SourceLocation(file, Field: node.Display), $"the final {node.OpType} is left to software and dropped: the network outputs its input (the argmax, hence the predicted class, is unchanged)"));
        Alias(node, Runtime(node, 0));
    }

    private static double Scalar(OnnxNodeView node, OnnxConstant c, string what) =>
        c.Length == 1 ? c.Values[0] : throw node.Problem($"{what} must be a scalar, is {OnnxConstant.Format(c.Dimensions)}");

    private static string Text(double value) => value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
