using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// The network IR: named inputs, layers in dependency order (each consuming values produced before it), and the
/// values that are the network's outputs. Immutable; build it, then <see cref="Validate"/> or <see cref="InferShapes"/>.
/// Importers (architecture + weights files, later ONNX) produce it; mapping, reference and netlist stages consume it.
/// </summary>
public sealed record NetworkGraph
{
    private readonly IReadOnlyList<NetworkInput> inputs = [];
    private readonly IReadOnlyList<LayerNode> layers = [];
    private readonly IReadOnlyList<string> outputs = [];

    /// <summary>Network name, non-blank (from the architecture file or the ONNX graph).</summary>
    public required string Name { get; init; }

    /// <summary>The network inputs, at least one; per-sample shapes.</summary>
    public required IReadOnlyList<NetworkInput> Inputs { get => inputs; init => inputs = [.. value]; }

    /// <summary>The layers in dependency order, at least one, names unique.</summary>
    public required IReadOnlyList<LayerNode> Layers { get => layers; init => layers = [.. value]; }

    /// <summary>Names of the values that are the network's outputs, at least one.</summary>
    public required IReadOnlyList<string> Outputs { get => outputs; init => outputs = [.. value]; }

    /// <summary>The first (for the architecture format, the only) input.</summary>
    /// <exception cref="InvalidOperationException">The graph has no input.</exception>
    public NetworkInput Input => Inputs.Count > 0 ? Inputs[0] : throw new InvalidOperationException("the network has no input");

    /// <summary>The layer called <paramref name="name"/>, or null.</summary>
    public LayerNode? FindLayer(string name) => Layers.FirstOrDefault(layer => layer.Name == name);

    /// <summary>Checks names, value references and shapes; returns every problem (empty when valid).</summary>
    /// <param name="file">File named in the diagnostics' locations (the architecture file), or null.</param>
    public IReadOnlyList<NetworkDiagnostic> Validate(string? file = null) => NetworkValidator.Run(this, file).Diagnostics;

    /// <summary>The shape of every value (inputs and layer outputs), by value name.</summary>
    /// <param name="file">File named in the exception's diagnostics, or null.</param>
    /// <exception cref="NetworkValidationException">The graph is not valid.</exception>
    public IReadOnlyDictionary<string, TensorShape> InferShapes(string? file = null)
    {
        var (diagnostics, shapes) = NetworkValidator.Run(this, file);
        return diagnostics.Any(d => d.IsError) ? throw new NetworkValidationException(diagnostics) : shapes;
    }
}
