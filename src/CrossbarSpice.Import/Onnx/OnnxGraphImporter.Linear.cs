using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Onnx;

/// <summary>The crossbar ops: Gemm, MatMul (+ Add), Conv, the BatchNormalization folded into them (or a per-channel
/// affine layer where there is nothing to fold into), and Add of two values (a residual adder).</summary>
internal sealed partial class OnnxGraphImporter
{
    /// <summary>Gemm: Y = alpha·A·op(B) + beta·C with A [N, K] → dense W = op(B)ᵀ [out × in] (transB = 1 is PyTorch's Linear).</summary>
    private void Gemm(OnnxNodeView node)
    {
        node.OnlyAttributes("alpha", "beta", "transA", "transB");
        if (node.Int("transA", 0) != 0)
        {
            throw node.Problem("transA = 1 (the data transposed) is not supported");
        }

        var x = Runtime(node, 0);
        if (x.Dimensions.Length != 2 || x.BatchAxis != 0)
        {
            throw node.Problem($"expects a [batch, features] input, gets {OnnxConstant.Format(x.Dimensions)}");
        }

        var b = Constant(node, 1)!;
        if (b.Rank != 2)
        {
            throw node.Problem($"weight B has shape {OnnxConstant.Format(b.Dimensions)}; expected a matrix");
        }

        var transB = node.Int("transB", 0) != 0;
        var (outputs, inputs) = transB ? (b.Dimensions[0], b.Dimensions[1]) : (b.Dimensions[1], b.Dimensions[0]);
        var alpha = node.Float("alpha", 1.0);
        var weights = new double[outputs * inputs];
        for (var o = 0; o < outputs; o++)
        {
            for (var i = 0; i < inputs; i++)
            {
                weights[(o * inputs) + i] = alpha * (transB ? b.Values[(o * inputs) + i] : b.Values[(i * outputs) + o]);
            }
        }

        var bias = Constant(node, 2) is { } c ? Channels(node, c, outputs, [1, outputs], channelAxis: 1, node.Float("beta", 1.0)) : null;
        var name = LayerName(node);
        var op = new DenseLayer(new WeightMatrix(name + ".weight", outputs, inputs, weights), bias is null ? null : new BiasVector(name + ".bias", bias));
        AddLayer(node, op, x, [1, outputs], 0);
    }

    /// <summary>MatMul with a constant right-hand side [K, N] on data [batch, …, K] → dense on the last axis, W = Bᵀ.</summary>
    private void MatMul(OnnxNodeView node)
    {
        node.OnlyAttributes();
        if (node.Input(1) is { } right && runtime.ContainsKey(right))
        {
            // Both operands computed (attention's QKᵀ and softmax(·)·V): a matMul layer, no crossbar.
            ProductOfValues(node, Runtime(node, 0), Runtime(node, 1));
            return;
        }

        var x = Runtime(node, 0);
        var b = Constant(node, 1)!;
        if (b.Rank != 2 || x.BatchAxis != 0 || x.Dimensions.Length < 2)
        {
            throw node.Problem($"maps onto dense only as data [batch, …, K] × constant [K, N]; gets {OnnxConstant.Format(x.Dimensions)} × {OnnxConstant.Format(b.Dimensions)}");
        }

        var (inputs, outputs) = (b.Dimensions[0], b.Dimensions[1]);
        var weights = new double[outputs * inputs];
        for (var o = 0; o < outputs; o++)
        {
            for (var i = 0; i < inputs; i++)
            {
                weights[(o * inputs) + i] = b.Values[(i * outputs) + o];
            }
        }

        var dimensions = x.Dimensions.ToArray();
        dimensions[^1] = outputs;
        AddLayer(node, new DenseLayer(new WeightMatrix(LayerName(node) + ".weight", outputs, inputs, weights), null), x, dimensions, 0);
    }

    /// <summary>
    /// The two inputs of a binary Add or Mul: the value computed from the network input (the first one that is) and the
    /// other input's name, which may name a constant or a second computed value.
    /// </summary>
    private (OnnxRuntimeValue Data, string Other) DataAndOther(OnnxNodeView node)
    {
        node.OnlyAttributes();
        var first = node.Input(0);
        var second = node.Input(1);
        var (data, other) = first is not null && runtime.ContainsKey(first) ? (first, second) : (second, first);
        return data is not null && other is not null && runtime.TryGetValue(data, out var x)
            ? (x, other)
            : throw node.Problem("needs a data input and a constant");
    }

    /// <summary>Add of a constant per-output vector to a dense or conv output → that layer's bias (PyTorch writes Linear on [N, T, K] as MatMul + Add).</summary>
    private void AddBias(OnnxNodeView node)
    {
        var (x, constant) = DataAndOther(node);
        if (runtime.ContainsKey(constant))
        {
            // Two values computed from the input: a residual skip, an adder stage.
            AddSumLayer(node, Runtime(node, 0), Runtime(node, 1));
            return;
        }

        var layer = FoldTarget(x);
        if (layer?.Op is not (DenseLayer or Conv2dLayer))
        {
            // Nothing to fold into: a per-channel offset is an affine layer of gain 1.
            var channels = x.Dimensions.Length >= 2 && x.BatchAxis == 0 ? x.Dimensions[1] : -1;
            if (channels < 1 || !x.IrMatches)
            {
                throw node.Problem($"adds a constant to a value of shape {OnnxConstant.Format(x.Dimensions)} that is not the sole output of a Gemm, MatMul or Conv, so it cannot become a bias, nor a per-channel offset on axis 1");
            }

            var shift = Channels(node, constants[constant], channels, x.Dimensions, 1, 1.0);
            AddAffine(node, x, [.. Enumerable.Repeat(1.0, channels)], shift);
            return;
        }

        var c = constants[constant];
        if (layer.Op is DenseLayer dense)
        {
            var added = Channels(node, c, dense.OutputFeatures, x.Dimensions, x.Dimensions.Length - 1, 1.0);
            var bias = dense.Bias is null ? added : [.. added.Select((v, i) => v + dense.Bias[i])];
            layer.Op = new DenseLayer(dense.Weight, new BiasVector(layer.Name + ".bias", bias));
        }
        else
        {
            var conv = (Conv2dLayer)layer.Op;
            var added = Channels(node, c, conv.OutChannels, x.Dimensions, 1, 1.0);
            var bias = conv.Bias is null ? added : [.. added.Select((v, i) => v + conv.Bias[i])];
            layer.Op = new Conv2dLayer(conv.Kernel, new BiasVector(layer.Name + ".bias", bias), conv.Stride, conv.Padding);
        }

        layer.Origin += ", " + node.Display;
        Alias(node, x);
    }

    /// <summary>
    /// Mul of data by a per-channel constant (or a scalar): folded into the dense or conv layer before it when only it
    /// reads that layer's output (rows of W and b scaled), else an affine layer of shift 0.
    /// </summary>
    private void ScaleByConstant(OnnxNodeView node)
    {
        var (x, constant) = DataAndOther(node);
        if (runtime.ContainsKey(constant))
        {
            throw node.Problem("multiplies two values computed from the input; the project has no element-wise multiplier layer (only inside the LSTM cells)");
        }

        ScaleBy(node, x, constants[constant]);
    }

    /// <summary>Div of a computed value by a constant (attention's 1/√d_k): Mul by its reciprocal.</summary>
    private void DivideByConstant(OnnxNodeView node)
    {
        node.OnlyAttributes();
        var x = Runtime(node, 0);
        var c = Constant(node, 1) ?? throw node.Problem("input 1 is missing");
        if (c.Values.Any(v => v == 0 || !double.IsFinite(v)))
        {
            throw node.Problem("divides by a constant holding 0 or a non-finite value");
        }

        ScaleBy(node, x, c with { Values = [.. c.Values.Select(v => 1 / v)] });
    }

    /// <summary>x times the constant <paramref name="c"/>: folded into the dense or conv before x, else an affine layer.</summary>
    private void ScaleBy(OnnxNodeView node, OnnxRuntimeValue x, OnnxConstant c)
    {
        var layer = FoldTarget(x);
        if (layer?.Op is DenseLayer dense)
        {
            var s = Channels(node, c, dense.OutputFeatures, x.Dimensions, x.Dimensions.Length - 1, 1.0);
            var inputs = dense.InputFeatures;
            var weights = new double[dense.OutputFeatures * inputs];
            for (var o = 0; o < dense.OutputFeatures; o++)
            {
                for (var i = 0; i < inputs; i++)
                {
                    weights[(o * inputs) + i] = s[o] * dense.Weight[o, i];
                }
            }

            layer.Op = new DenseLayer(new WeightMatrix(layer.Name + ".weight", dense.OutputFeatures, inputs, weights), dense.Bias is null ? null : new BiasVector(layer.Name + ".bias", [.. s.Select((v, o) => v * dense.Bias[o])]));
        }
        else if (layer?.Op is Conv2dLayer conv)
        {
            var s = Channels(node, c, conv.OutChannels, x.Dimensions, 1, 1.0);
            var perChannel = conv.Kernel.Length / conv.OutChannels;
            var weights = new double[conv.Kernel.Length];
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] = s[k / perChannel] * conv.Kernel[k];
            }

            layer.Op = new Conv2dLayer(new Tensor(layer.Name + ".weight", conv.Kernel.Shape, weights), conv.Bias is null ? null : new BiasVector(layer.Name + ".bias", [.. s.Select((v, o) => v * conv.Bias[o])]), conv.Stride, conv.Padding);
        }
        else
        {
            // Nothing to fold into: a per-channel gain is an affine layer of shift 0.
            var channels = x.Dimensions.Length >= 2 && x.BatchAxis == 0 ? x.Dimensions[1] : -1;
            if (channels < 1 || !x.IrMatches)
            {
                throw node.Problem($"multiplies a value of shape {OnnxConstant.Format(x.Dimensions)} that is not the sole output of a Gemm, MatMul or Conv by a constant, and it has no channel axis 1 for a per-channel gain");
            }

            AddAffine(node, x, Channels(node, c, channels, x.Dimensions, 1, 1.0), new double[channels]);
            return;
        }

        layer.Origin += ", " + node.Display + " (folded)";
        Alias(node, x);
    }

    /// <summary>Conv (2-D, group 1, dilation 1, symmetric padding) → conv2d.</summary>
    private void Conv(OnnxNodeView node)
    {
        node.OnlyAttributes("auto_pad", "dilations", "group", "kernel_shape", "pads", "strides");
        var x = Runtime(node, 0);
        var w = Constant(node, 1)!;
        if (x.Dimensions.Length != 4 || x.BatchAxis != 0 || w.Rank != 4)
        {
            throw node.Problem($"2-D convolution of [batch, C, H, W] data with a [outC, inC, kH, kW] kernel is supported; gets {OnnxConstant.Format(x.Dimensions)} and {OnnxConstant.Format(w.Dimensions)}");
        }

        if (node.Int("group", 1) != 1)
        {
            throw node.Problem("group ≠ 1 (grouped or depthwise convolution) is not supported");
        }

        var kernel = new Size2d(w.Dimensions[2], w.Dimensions[3]);
        if (node.Ints("kernel_shape") is { } shape && (shape.Length != 2 || shape[0] != kernel.Height || shape[1] != kernel.Width))
        {
            throw node.Problem($"kernel_shape [{string.Join(", ", shape)}] differs from the weight's {kernel}");
        }

        var (stride, padding) = Window(node, kernel);
        var name = LayerName(node);
        var bias = Constant(node, 2) is { } b ? Channels(node, b, w.Dimensions[0], [w.Dimensions[0]], 0, 1.0) : null;
        var op = new Conv2dLayer(new Tensor(name + ".weight", new TensorShape([.. w.Dimensions]), w.Values), bias is null ? null : new BiasVector(name + ".bias", bias), stride, padding);
        var output = op.InferOutputShape(x.PerSample);
        AddLayer(node, op, x, output.IsSuccess ? [1, .. output.Output!.Dimensions] : x.Dimensions, 0);
    }

    /// <summary>
    /// BatchNormalization (inference) folded into the dense or conv layer before it: with s_c = γ_c/√(σ²_c + ε),
    /// W'[c, …] = s_c·W[c, …] and b'_c = s_c·(b_c − μ_c) + β_c, exactly y = γ(x − μ)/√(σ² + ε) + β of the ONNX spec.
    /// </summary>
    private void BatchNormalization(OnnxNodeView node)
    {
        node.OnlyAttributes("epsilon", "momentum", "training_mode", "spatial");
        if (node.Int("training_mode", 0) != 0 || node.Output(1) is not null || node.Output(2) is not null)
        {
            throw node.Problem("training mode (running statistics as outputs) is not supported; export the model in eval mode");
        }

        var x = Runtime(node, 0);
        var layer = FoldTarget(x);
        var channels = x.Dimensions.Length >= 2 && x.BatchAxis == 0 ? x.Dimensions[1] : -1;
        var foldable = layer?.Op switch
        {
            DenseLayer dense => x.Dimensions.Length == 2 && dense.OutputFeatures == channels,
            Conv2dLayer conv => conv.OutChannels == channels,
            _ => false,
        };
        if (!foldable && (channels < 1 || !x.IrMatches))
        {
            throw node.Problem($"has no Gemm, MatMul or Conv right before it whose output only it reads, and its input {OnnxConstant.Format(x.Dimensions)} has no channel axis 1 for a per-channel affine layer");
        }

        var gamma = Vector(node, 1, channels);
        var beta = Vector(node, 2, channels);
        var mean = Vector(node, 3, channels);
        var variance = Vector(node, 4, channels);
        var epsilon = node.Float("epsilon", 1e-5);
        var scale = new double[channels];
        for (var c = 0; c < channels; c++)
        {
            scale[c] = gamma[c] / Math.Sqrt(variance[c] + epsilon);
        }

        if (!foldable)
        {
            // Nothing to fold into (e.g. after a residual add): y_c = s_c·x + (β_c − s_c·μ_c), a per-channel affine stage.
            AddAffine(node, x, scale, [.. Enumerable.Range(0, channels).Select(c => beta[c] - (scale[c] * mean[c]))]);
            return;
        }

        var target = layer!;
        if (target.Op is DenseLayer d)
        {
            var inputs = d.InputFeatures;
            var weights = new double[channels * inputs];
            var bias = new double[channels];
            for (var o = 0; o < channels; o++)
            {
                for (var i = 0; i < inputs; i++)
                {
                    weights[(o * inputs) + i] = scale[o] * d.Weight[o, i];
                }

                bias[o] = (scale[o] * ((d.Bias?[o] ?? 0.0) - mean[o])) + beta[o];
            }

            target.Op = new DenseLayer(new WeightMatrix(target.Name + ".weight", channels, inputs, weights), new BiasVector(target.Name + ".bias", bias));
        }
        else
        {
            var conv = (Conv2dLayer)target.Op;
            var perChannel = conv.Kernel.Length / channels;
            var weights = new double[conv.Kernel.Length];
            var bias = new double[channels];
            for (var o = 0; o < channels; o++)
            {
                for (var k = 0; k < perChannel; k++)
                {
                    weights[(o * perChannel) + k] = scale[o] * conv.Kernel[(o * perChannel) + k];
                }

                bias[o] = (scale[o] * ((conv.Bias?[o] ?? 0.0) - mean[o])) + beta[o];
            }

            target.Op = new Conv2dLayer(new Tensor(target.Name + ".weight", conv.Kernel.Shape, weights), new BiasVector(target.Name + ".bias", bias), conv.Stride, conv.Padding);
        }

        target.Origin += ", " + node.Display + " (folded)";
        Alias(node, x);
    }

    /// <summary>An affine layer y_c = scale_c·x + shift_c over axis 1 of the data (axis 0 of the IR value).</summary>
    private void AddAffine(OnnxNodeView node, OnnxRuntimeValue x, double[] scale, double[] shift)
    {
        var name = LayerName(node);
        var shape = new TensorShape(scale.Length);
        AddLayer(node, new AffineLayer(new Tensor(name + ".scale", shape, scale), new Tensor(name + ".shift", shape, shift)), x, [.. x.Dimensions], 0);
    }

    /// <summary>A constant input that is one value per channel: [C], or [C] with size-1 axes around it.</summary>
    private double[] Vector(OnnxNodeView node, int input, int channels)
    {
        var c = Constant(node, input) ?? throw node.Problem($"input {input} is missing");
        return c.Length == channels && c.Dimensions.Count(d => d != 1) <= 1
            ? c.Values
            : throw node.Problem($"input {input} has shape {OnnxConstant.Format(c.Dimensions)}; expected {channels} values, one per channel");
    }

    /// <summary>
    /// A constant broadcast onto data of <paramref name="dimensions"/> that varies only along <paramref name="channelAxis"/>
    /// (or is a scalar), as <paramref name="channels"/> values times <paramref name="factor"/>.
    /// </summary>
    private static double[] Channels(OnnxNodeView node, OnnxConstant c, int channels, IReadOnlyList<int> dimensions, int channelAxis, double factor)
    {
        var offset = dimensions.Count - c.Rank;
        var fits = offset >= 0 && (c.Length == 1 || (c.Length == channels
            && Enumerable.Range(0, c.Rank).All(k => k + offset == channelAxis ? c.Dimensions[k] == channels : c.Dimensions[k] == 1)));
        if (!fits)
        {
            throw node.Problem($"constant {OnnxConstant.Format(c.Dimensions)} is not one value per output ({channels}) of data {OnnxConstant.Format(dimensions)}, so it cannot become a bias");
        }

        return [.. Enumerable.Range(0, channels).Select(i => factor * c.Values[c.Length == 1 ? 0 : i])];
    }

    /// <summary>Stride and padding of a Conv or pooling node: dilation 1, symmetric pads, auto_pad NOTSET or VALID.</summary>
    private static (Size2d Stride, Size2d Padding) Window(OnnxNodeView node, Size2d kernel)
    {
        _ = kernel;
        var autoPad = node.Text("auto_pad", "NOTSET");
        if (autoPad is not ("NOTSET" or "VALID"))
        {
            throw node.Problem($"auto_pad {autoPad} is not supported; export with explicit padding");
        }

        if (node.Ints("dilations") is { } dilations && dilations.Any(d => d != 1))
        {
            throw node.Problem("dilation ≠ 1 is not supported");
        }

        var strides = node.Ints("strides") ?? [1, 1];
        var pads = node.Ints("pads") ?? [0, 0, 0, 0];
        if (strides.Length != 2 || pads.Length != 4)
        {
            throw node.Problem("only 2-D windows are supported");
        }

        if (pads[0] != pads[2] || pads[1] != pads[3])
        {
            throw node.Problem($"asymmetric padding [{string.Join(", ", pads)}] is not supported (the project pads each side equally)");
        }

        return (new Size2d((int)strides[0], (int)strides[1]), new Size2d((int)pads[0], (int)pads[1]));
    }

    /// <summary>The layer name a node would get (reserved by <see cref="AddLayer"/>; peeked here for tensor names).</summary>
    private static string LayerName(OnnxNodeView node) => node.Node.Name.Length > 0 ? node.Node.Name.Trim('/').Replace('/', '.') : node.OpType;
}
