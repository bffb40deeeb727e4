using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>Structural and shape validation of a <see cref="NetworkGraph"/>, collecting every problem.</summary>
internal static class NetworkValidator
{
    public static (IReadOnlyList<NetworkDiagnostic> Diagnostics, IReadOnlyDictionary<string, TensorShape> Shapes) Run(NetworkGraph graph, string? file)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var diagnostics = new List<NetworkDiagnostic>();
        var shapes = new Dictionary<string, TensorShape>(StringComparer.Ordinal);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        var producedLater = graph.Layers.SelectMany(l => l.Outputs.Select(o => (Value: o, Layer: l.Name)))
            .GroupBy(p => p.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Layer, StringComparer.Ordinal);
        void Report(NetworkDiagnosticCode code, string field, string message) =>
            diagnostics.Add(NetworkDiagnostic.Error(code, new SourceLocation(file, Field: field), message));

        if (string.IsNullOrWhiteSpace(graph.Name))
        {
            Report(NetworkDiagnosticCode.Structure, "name", "the network has no name");
        }

        if (graph.Inputs.Count == 0)
        {
            Report(NetworkDiagnosticCode.Structure, "inputs", "the network has no input");
        }

        foreach (var input in graph.Inputs)
        {
            if (!defined.Add(input.Name))
            {
                Report(NetworkDiagnosticCode.DuplicateName, "inputs", $"value '{input.Name}' is defined twice");
            }
            else if (input.Shape.Rank == 0 || input.Shape.Dimensions.Any(d => d < 1))
            {
                Report(NetworkDiagnosticCode.OutOfRange, "inputs", $"input '{input.Name}' has shape {input.Shape}; every dimension must be ≥ 1");
            }
            else
            {
                shapes[input.Name] = input.Shape;
            }
        }

        if (graph.Layers.Count == 0)
        {
            Report(NetworkDiagnosticCode.Structure, "layers", "the network has no layer");
        }

        var layerNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var layer in graph.Layers)
        {
            var field = layer.Origin ?? layer.Name;
            var label = $"layer '{layer.Name}' ({layer.Op.TypeName})";
            if (!layerNames.Add(layer.Name))
            {
                Report(NetworkDiagnosticCode.DuplicateName, field, $"layer name '{layer.Name}' is used twice");
            }

            if (layer.Inputs.Count != layer.Op.InputCount || layer.Outputs.Count != 1)
            {
                Report(NetworkDiagnosticCode.Structure, field, $"{label} takes {layer.Op.InputCount} input(s) and produces 1 output, has {layer.Inputs.Count} and {layer.Outputs.Count}");
            }

            var known = true;
            foreach (var input in layer.Inputs)
            {
                if (!defined.Contains(input))
                {
                    Report(NetworkDiagnosticCode.UndefinedValue, field, producedLater.TryGetValue(input, out var producer)
                        ? $"{label} reads '{input}', which layer '{producer}' only produces later; layers must be in dependency order"
                        : $"{label} reads '{input}', which is neither a network input nor a layer output");
                }

                known &= shapes.ContainsKey(input);
            }

            var inference = known && layer.Inputs.Count == layer.Op.InputCount
                ? layer.Op.InferOutputShape([.. layer.Inputs.Select(i => shapes[i])])
                : default;
            if (known && inference.Problem is { } problem)
            {
                Report(NetworkDiagnosticCode.ShapeMismatch, field, $"{label} {problem}");
            }

            foreach (var output in layer.Outputs)
            {
                if (!defined.Add(output))
                {
                    Report(NetworkDiagnosticCode.DuplicateName, field, $"{label} produces '{output}', a value already defined");
                }
                else if (inference.Output is { } shape && layer.Outputs.Count == 1)
                {
                    shapes[output] = shape;
                }
            }
        }

        if (graph.Outputs.Count == 0)
        {
            Report(NetworkDiagnosticCode.Structure, "outputs", "the network has no output");
        }

        foreach (var output in graph.Outputs.Where(o => !defined.Contains(o)))
        {
            Report(NetworkDiagnosticCode.UndefinedValue, "outputs", $"network output '{output}' is produced by no layer");
        }

        return (diagnostics, shapes);
    }
}
