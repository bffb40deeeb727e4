using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Import.Architecture;

namespace CrossbarSpice.Import.Binding;

/// <summary>
/// Turns an architecture plus bound tensors into a <see cref="NetworkGraph"/>. A layer's <c>activation</c> field becomes
/// a separate activation layer: layer <c>fc1</c> outputs <c>fc1.linear</c>, layer <c>fc1.relu</c> reads it and outputs
/// <c>fc1</c>, so references to <c>fc1</c> mean the activated output. Layers whose tensors failed get zero placeholders
/// so that shape inference still runs and reports flow problems in the same pass.
/// </summary>
internal static class GraphAssembler
{
    /// <summary>The graph (valid or not; the caller checks the diagnostics) built from the architecture.</summary>
    public static NetworkGraph Assemble(ModelArchitecture architecture, TensorBinder binder, List<NetworkDiagnostic> diagnostics)
    {
        var nodes = new List<LayerNode>();
        var previous = architecture.Input.Name;
        foreach (var layer in architecture.Layers)
        {
            var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
            foreach (var requirement in layer.Tensors)
            {
                var tensor = binder.Bind(layer, requirement)
                    ?? new Tensor(requirement.Reference, requirement.ExpectedShape, new double[requirement.ExpectedShape.ElementCount]);
                tensors[requirement.Role] = tensor;
            }

            LayerOp op;
            try
            {
                op = layer.Build(tensors);
            }
            catch (ArgumentException exception)
            {
                diagnostics.Add(NetworkDiagnostic.Error(NetworkDiagnosticCode.Structure, new SourceLocation(architecture.File, Field: layer.JsonPath), $"layer '{layer.Name}' cannot be built: {exception.Message}"));
                previous = layer.Name;
                continue;
            }

            IReadOnlyList<string> inputs = layer.Inputs ?? [layer.Input ?? previous];
            if (layer.Activation is { } activation)
            {
                var linear = layer.Name + ".linear";
                nodes.Add(new LayerNode { Name = layer.Name, Op = op, Inputs = inputs, Outputs = [linear], Origin = layer.JsonPath });
                nodes.Add(new LayerNode
                {
                    Name = layer.Name + "." + ActivationParser.NameOf(activation.Kind),
                    Op = activation,
                    Inputs = [linear],
                    Outputs = [layer.Name],
                    Origin = layer.JsonPath + ".activation",
                });
            }
            else
            {
                nodes.Add(new LayerNode { Name = layer.Name, Op = op, Inputs = inputs, Outputs = [layer.Name], Origin = layer.JsonPath });
            }

            previous = layer.Name;
        }

        return new NetworkGraph
        {
            Name = architecture.Name,
            Inputs = [architecture.Input],
            Layers = nodes,
            Outputs = architecture.Outputs.Count > 0 ? architecture.Outputs : [previous],
        };
    }
}
