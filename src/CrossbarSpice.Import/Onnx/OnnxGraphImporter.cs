using System.Globalization;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using Onnx;

namespace CrossbarSpice.Import.Onnx;

/// <summary>
/// Maps one ONNX graph onto a <see cref="NetworkGraph"/> of the project's layer ops (docs/onnx.md), values by name. Nodes are
/// visited in graph order; nodes the single output does not depend on are skipped; nodes whose inputs are all known
/// are folded (<see cref="OnnxConstantFolder"/>); every other node becomes an IR layer, folds into the layer before it
/// (bias Add, BatchNormalization) or becomes a per-channel affine layer where it cannot fold, is an alias (Identity, Dropout, reshapes that keep the data order), or is refused
/// with an <see cref="OnnxImportProblem"/> naming it. The op handlers are in the other parts of this class.
/// </summary>
internal sealed partial class OnnxGraphImporter
{
    private readonly string file;
    private readonly GraphProto graph;
    private readonly Dictionary<string, OnnxConstant> constants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OnnxRuntimeValue> runtime = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> consumers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> aliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedInitialisers = new(StringComparer.Ordinal);
    private readonly List<OnnxImportedLayer> layers = [];
    private readonly OnnxLayerNames names = new();
    private readonly List<NetworkDiagnostic> warnings = [];
    private string outputName = string.Empty;

    private OnnxGraphImporter(string file, GraphProto graph)
    {
        this.file = file;
        this.graph = graph;
    }

    /// <summary>The network of <paramref name="model"/>, and the warnings (dropped Softmax, unused initializers).</summary>
    /// <exception cref="OnnxImportProblem">A node or the graph cannot be mapped.</exception>
    public static (NetworkGraph Network, IReadOnlyList<NetworkDiagnostic> Warnings) Import(string file, ModelProto model)
    {
        var importer = new OnnxGraphImporter(file, model.Graph);
        var network = importer.Run();
        return (network, importer.warnings);
    }

    private NetworkGraph Run()
    {
        foreach (var initialiser in graph.Initializer)
        {
            constants[initialiser.Name] = Guard(() => OnnxTensorDecoder.Decode(initialiser), $"initializer '{initialiser.Name}'");
        }

        var inputs = graph.Input.Where(i => !constants.ContainsKey(i.Name)).ToList();
        if (inputs.Count != 1)
        {
            throw new OnnxImportProblem($"the model has {inputs.Count} inputs ({string.Join(", ", inputs.Select(i => "'" + i.Name + "'"))}); the project's networks have exactly one input");
        }

        if (graph.Output.Count != 1)
        {
            throw new OnnxImportProblem($"the model has {graph.Output.Count} outputs ({string.Join(", ", graph.Output.Select(o => "'" + o.Name + "'"))}); the project's networks have exactly one output");
        }

        var input = ReadInput(inputs[0]);
        outputName = graph.Output[0].Name;
        var nodes = graph.Node.Select((n, i) => new OnnxNodeView(n, i)).ToList();
        var needed = NeededNodes(nodes);
        foreach (var node in nodes.Where(n => needed.Contains(n.Index)))
        {
            foreach (var name in node.Node.Input.Where(n => n.Length > 0))
            {
                consumers[name] = consumers.GetValueOrDefault(name) + 1;
            }
        }

        consumers[outputName] = consumers.GetValueOrDefault(outputName) + 1;
        foreach (var node in nodes.Where(n => needed.Contains(n.Index)))
        {
            if (node.Node.Domain is not ("" or "ai.onnx"))
            {
                throw new OnnxImportProblem(node.Display, $"operator domain '{node.Node.Domain}' is not supported; {Supported}") { Code = NetworkDiagnosticCode.UnknownName };
            }

            Visit(node);
        }

        if (!runtime.TryGetValue(outputName, out var output))
        {
            throw new OnnxImportProblem($"the output '{outputName}' does not depend on the input '{input.Name}'");
        }

        if (layers.Count == 0)
        {
            throw new OnnxImportProblem("the model computes nothing the project has a layer for (no node after folding)");
        }

        foreach (var initialiser in graph.Initializer.Where(i => !usedInitialisers.Contains(i.Name)))
        {
            warnings.Add(NetworkDiagnostic.Warning(NetworkDiagnosticCode.UnusedTensor, new SourceLocation(file, Field: initialiser.Name), $"initializer '{initialiser.Name}' {OnnxConstant.Format(constants[initialiser.Name].Dimensions)} is used by no node the output depends on"));
        }

        return new NetworkGraph
        {
            Name = Path.GetFileNameWithoutExtension(file),
            Inputs = [input],
            Layers = [.. layers.Select(l => l.ToNode())],
            Outputs = [output.IrName],
        };
    }

    /// <summary>The supported ops, for messages.</summary>
    private static string Supported =>
        "supported: Gemm, MatMul (+ Add), Conv, BatchNormalization (folded after Gemm/MatMul/Conv, else per-channel affine), Add of two values (residual) or of a per-channel constant, Mul or Div by a per-channel constant, MatMul of two computed values, Softmax on the last axis, LayerNormalization, Relu, Sigmoid, Tanh, Abs, Clip (−L, L), "
        + "MaxPool, AveragePool, GlobalAveragePool, Pad of zero width, Flatten, Reshape, Transpose, Squeeze, Unsqueeze, LSTM, Dropout, Identity, "
        + "a final Softmax, and shape arithmetic on constants (docs/onnx.md)";

    private NetworkInput ReadInput(ValueInfoProto info)
    {
        var where = $"input '{info.Name}'";
        var tensorType = info.Type?.TensorType ?? throw new OnnxImportProblem($"{where} is not a tensor");
        if (tensorType.ElemType != (int)TensorProto.Types.DataType.Float && tensorType.ElemType != (int)TensorProto.Types.DataType.Double)
        {
            throw new OnnxImportProblem($"{where} has element type {(TensorProto.Types.DataType)tensorType.ElemType}; float inputs are supported");
        }

        var dims = tensorType.Shape?.Dim ?? throw new OnnxImportProblem($"{where} has no shape; export with a fixed per-sample shape");
        if (dims.Count < 2)
        {
            throw new OnnxImportProblem($"{where} has rank {dims.Count}; expected a batch axis and a per-sample shape, e.g. [batch, 1, 28, 28]");
        }

        var batch = dims[0];
        if (batch.ValueCase == TensorShapeProto.Types.Dimension.ValueOneofCase.DimValue && batch.DimValue != 1)
        {
            throw new OnnxImportProblem($"{where} has a fixed batch dimension of {batch.DimValue}; export with batch 1 or a dynamic batch axis");
        }

        var shape = new int[dims.Count];
        shape[0] = 1;
        for (var axis = 1; axis < dims.Count; axis++)
        {
            var dim = dims[axis];
            if (dim.ValueCase != TensorShapeProto.Types.Dimension.ValueOneofCase.DimValue || dim.DimValue < 1 || dim.DimValue > int.MaxValue)
            {
                var text = dim.ValueCase == TensorShapeProto.Types.Dimension.ValueOneofCase.DimParam ? $"'{dim.DimParam}'" : dim.DimValue.ToString(CultureInfo.InvariantCulture);
                throw new OnnxImportProblem($"{where} has a dynamic dimension {text} on axis {axis}; the weights need fixed sizes, so every axis but the batch axis must be a fixed number (export with a fixed input shape)");
            }

            shape[axis] = (int)dim.DimValue;
        }

        var name = names.Take(info.Name, string.Empty);
        var value = new OnnxRuntimeValue(shape, 0, name, new TensorShape(shape.AsSpan(1)), null);
        runtime[info.Name] = value;
        return new NetworkInput(name, value.IrShape);
    }

    /// <summary>Indices of the nodes the graph output depends on.</summary>
    private HashSet<int> NeededNodes(List<OnnxNodeView> nodes)
    {
        var producer = new Dictionary<string, OnnxNodeView>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            foreach (var output in node.Node.Output.Where(o => o.Length > 0))
            {
                producer[output] = node;
            }
        }

        var needed = new HashSet<int>();
        var pending = new Stack<string>([outputName]);
        while (pending.Count > 0)
        {
            if (producer.TryGetValue(pending.Pop(), out var node) && needed.Add(node.Index))
            {
                foreach (var input in node.Node.Input.Where(i => i.Length > 0))
                {
                    pending.Push(input);
                }
            }
        }

        return needed;
    }

    private void Visit(OnnxNodeView node)
    {
        var inputs = Enumerable.Range(0, node.Node.Input.Count).Select(node.Input).ToList();
        foreach (var name in inputs.OfType<string>())
        {
            if (!constants.ContainsKey(name) && !runtime.ContainsKey(name))
            {
                throw node.Problem($"reads '{name}', which no earlier node produces (nodes must be in dependency order)");
            }

            if (graph.Initializer.Any(i => i.Name == name))
            {
                usedInitialisers.Add(name);
            }
        }

        var allKnown = inputs.All(name => name is null || constants.ContainsKey(name));
        if (allKnown && OnnxConstantFolder.OpTypes.Contains(node.OpType))
        {
            var folded = Guard(() => OnnxConstantFolder.Fold(node, [.. inputs.Select(n => n is null ? null : constants[n])]), node.Display);
            constants[node.Output(0) ?? throw node.Problem("has no output")] = folded;
            return;
        }

        if (node.OpType == "Shape")
        {
            node.OnlyAttributes();
            constants[node.Output(0)!] = OnnxConstant.Integers([.. Runtime(node, 0).Dimensions.Select(d => (long)d)]);
            return;
        }

        Map(node);
    }

    private void Map(OnnxNodeView node)
    {
        switch (node.OpType)
        {
            case "Gemm": Gemm(node); break;
            case "MatMul": MatMul(node); break;
            case "Add": AddBias(node); break;
            case "Mul": ScaleByConstant(node); break;
            case "Div": DivideByConstant(node); break;
            case "Conv": Conv(node); break;
            case "BatchNormalization": BatchNormalization(node); break;
            case "LayerNormalization": LayerNormalization(node); break;
            case "Relu": Activation(node, new ActivationLayer(ActivationKind.Relu)); break;
            case "Sigmoid": Activation(node, new ActivationLayer(ActivationKind.Sigmoid)); break;
            case "Tanh": Activation(node, new ActivationLayer(ActivationKind.Tanh)); break;
            case "Abs": Activation(node, new ActivationLayer(ActivationKind.Abs)); break;
            case "Clip": Clip(node); break;
            case "MaxPool": Pool(node, max: true); break;
            case "AveragePool": Pool(node, max: false); break;
            case "GlobalAveragePool": GlobalAveragePool(node); break;
            case "Flatten": Flatten(node); break;
            case "Reshape": Reshape(node); break;
            case "Transpose": Transpose(node); break;
            case "Squeeze": SqueezeOrUnsqueeze(node, squeeze: true); break;
            case "Unsqueeze": SqueezeOrUnsqueeze(node, squeeze: false); break;
            case "Gather": GatherUnitAxis(node); break;
            case "LSTM": Lstm(node); break;
            case "Dropout": Dropout(node); break;
            case "Pad": ZeroPad(node); break;
            case "Identity": Alias(node, Runtime(node, 0)); break;
            case "Softmax" when node.Output(0) != outputName: Softmax(node); break;
            case "Softmax" or "LogSoftmax": FinalSoftmax(node); break;
            default:
                throw new OnnxImportProblem(node.Display, $"op {node.OpType} has no layer in the project; {Supported}") { Code = NetworkDiagnosticCode.UnknownName };
        }
    }

    /// <summary>Runtime input <paramref name="i"/> of the node; a constant there is refused.</summary>
    private OnnxRuntimeValue Runtime(OnnxNodeView node, int i)
    {
        var name = node.Input(i) ?? throw node.Problem($"input {i} is missing");
        return runtime.TryGetValue(name, out var value)
            ? value
            : throw node.Problem($"input {i} ('{name}') is a constant here; the project maps only ops on the network's data");
    }

    /// <summary>Constant input <paramref name="i"/>, or null when omitted; a runtime value there is refused.</summary>
    private OnnxConstant? Constant(OnnxNodeView node, int i)
    {
        var name = node.Input(i);
        if (name is null)
        {
            return null;
        }

        return constants.TryGetValue(name, out var value)
            ? value
            : throw node.Problem($"input {i} ('{name}') must be a constant (an initializer or folded from constants), as the weights of a crossbar are fixed");
    }

    /// <summary>Adds an IR layer reading <paramref name="input"/> and records the node's first output.</summary>
    private void AddLayer(OnnxNodeView node, LayerOp op, OnnxRuntimeValue input, int[] dimensions, int batchAxis, string? output = null)
    {
        if (!input.IrMatches && op is not ActivationLayer and not FlattenLayer)
        {
            input = Reshaped(node, input);
        }

        if (!input.IrMatches && op is not ActivationLayer and not FlattenLayer)
        {
            throw node.Problem($"reads a value of per-sample shape {input.PerSample} that the project holds as {input.IrShape}; only flattening (Flatten, Reshape to a vector) and element-wise ops may follow such a value");
        }

        var inferred = op.InferOutputShape([input.IrShape]);
        if (!inferred.IsSuccess)
        {
            throw node.Problem($"{op.TypeName} does not fit its input {input.IrShape}: {inferred.Problem}");
        }

        var name = names.Take(node.Node.Name.Length > 0 ? node.Node.Name : node.Output(0) ?? node.OpType, node.OpType);
        layers.Add(new OnnxImportedLayer(name, op, [input.IrName], node.Display));
        runtime[output ?? node.Output(0) ?? throw node.Problem("has no output")] = new OnnxRuntimeValue(dimensions, batchAxis, name, inferred.Output!, layers.Count - 1);
    }

    /// <summary>
    /// <paramref name="x"/> with its IR value reshaped to its per-sample ONNX shape by a reshape layer (wiring): the
    /// importer keeps the two in the same row-major order, so a Reshape that only relabelled the shape (e.g. [T, d] →
    /// [T, heads, d/heads]) becomes a layer once an op reads the axes. Unchanged when the element counts differ.
    /// </summary>
    private OnnxRuntimeValue Reshaped(OnnxNodeView node, OnnxRuntimeValue x)
    {
        var target = x.PerSample;
        if (target.ElementCount != x.IrShape.ElementCount || target.Rank == 0)
        {
            return x;
        }

        var name = names.Take(x.IrName + "/Reshape", "Reshape");
        layers.Add(new OnnxImportedLayer(name, new ReshapeLayer(target), [x.IrName], node.Display + " (its input's shape)"));
        return x with { IrName = name, IrShape = target, Producer = layers.Count - 1 };
    }

    /// <summary>Adds an IR matMul layer reading <paramref name="a"/> × <paramref name="b"/> (per-sample […, M, K] × […, K, N]).</summary>
    private void ProductOfValues(OnnxNodeView node, OnnxRuntimeValue a, OnnxRuntimeValue b)
    {
        (a, b) = (a.IrMatches ? a : Reshaped(node, a), b.IrMatches ? b : Reshaped(node, b));
        var op = new MatMulLayer();
        var inferred = op.InferOutputShape([a.IrShape, b.IrShape]);
        if (!a.IrMatches || !b.IrMatches || a.BatchAxis != 0 || b.BatchAxis != 0 || !inferred.IsSuccess)
        {
            throw node.Problem($"multiplies values of shapes {OnnxConstant.Format(a.Dimensions)} and {OnnxConstant.Format(b.Dimensions)}; a product of two computed values needs [batch, …, M, K] × [batch, …, K, N] with equal leading axes (no broadcasting)");
        }

        var name = names.Take(node.Node.Name.Length > 0 ? node.Node.Name : node.Output(0) ?? node.OpType, node.OpType);
        layers.Add(new OnnxImportedLayer(name, op, [a.IrName, b.IrName], node.Display));
        runtime[node.Output(0) ?? throw node.Problem("has no output")] = new OnnxRuntimeValue([1, .. inferred.Output!.Dimensions], 0, name, inferred.Output!, layers.Count - 1);
    }

    /// <summary>Adds an IR add layer reading <paramref name="a"/> and <paramref name="b"/> (same shape, no broadcasting).</summary>
    private void AddSumLayer(OnnxNodeView node, OnnxRuntimeValue a, OnnxRuntimeValue b)
    {
        // A residual skip may read a value a Reshape only relabelled (e.g. [T·d] → [T, d] after a flat positional
        // embedding) beside one computed in the ONNX shape: give both the ONNX shape first.
        (a, b) = (a.IrMatches ? a : Reshaped(node, a), b.IrMatches ? b : Reshaped(node, b));
        if (!a.PerSample.Equals(b.PerSample) || !a.IrShape.Equals(b.IrShape) || a.BatchAxis != b.BatchAxis)
        {
            throw node.Problem($"adds values of per-sample shapes {a.PerSample} and {b.PerSample}; the adder circuit adds two values of one shape element by element (no broadcasting)");
        }

        var name = names.Take(node.Node.Name.Length > 0 ? node.Node.Name : node.Output(0) ?? node.OpType, node.OpType);
        layers.Add(new OnnxImportedLayer(name, new AddLayer(), [a.IrName, b.IrName], node.Display));
        runtime[node.Output(0) ?? throw node.Problem("has no output")] = new OnnxRuntimeValue([.. a.Dimensions], a.BatchAxis, name, a.IrShape, layers.Count - 1);
    }

    /// <summary>The node's first output is its input (same numbers, possibly another ONNX shape).</summary>
    private void Alias(OnnxNodeView node, OnnxRuntimeValue value)
    {
        runtime[node.Output(0)!] = value;
        aliases[value.IrName] = aliases.GetValueOrDefault(value.IrName) + 1;
    }

    /// <summary>The layer that produced <paramref name="value"/>, when only the folding node reads it (so it may change).</summary>
    private OnnxImportedLayer? FoldTarget(OnnxRuntimeValue value) =>
        value.Producer is { } index && ReaderCount(value) == 1 ? layers[index] : null;

    /// <summary>How many nodes (or the graph output) read <paramref name="value"/>'s IR value, aliases not counted.</summary>
    private int ReaderCount(OnnxRuntimeValue value) =>
        runtime.Where(pair => pair.Value.IrName == value.IrName).Sum(pair => consumers.GetValueOrDefault(pair.Key)) - aliases.GetValueOrDefault(value.IrName);

    private static T Guard<T>(Func<T> action, string where)
    {
        try
        {
            return action();
        }
        catch (OnnxImportProblem)
        {
            throw;
        }
        catch (Exception exception) when (exception is ArgumentException or OverflowException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new OnnxImportProblem(where, exception.Message);
        }
    }
}
