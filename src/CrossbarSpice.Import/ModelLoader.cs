using CrossbarSpice.Core.Network;
using CrossbarSpice.Import.Architecture;
using CrossbarSpice.Import.Binding;

namespace CrossbarSpice.Import;

/// <summary>
/// Loads a trained model: an architecture file (docs/architecture-format.md) plus weights files (<c>.npz</c>,
/// <c>.npy</c>, <c>.safetensors</c>, <c>.csv</c>) → a validated <see cref="NetworkGraph"/>. Every tensor the
/// architecture names must exist, be floating point, have the shape the declared sizes imply and be finite; every
/// layer's input shape must fit (shape inference from the input). All problems are collected; tensors no layer uses
/// are warnings.
/// </summary>
public static class ModelLoader
{
    /// <summary>Loads and validates the model.</summary>
    /// <param name="architecturePath">The architecture JSON file.</param>
    /// <param name="weightsPaths">Weights files, any number (none when the architecture names only CSV files).</param>
    /// <exception cref="NetworkValidationException">Any error; the exception lists every problem.</exception>
    public static NetworkGraph Load(string architecturePath, params IReadOnlyList<string> weightsPaths) =>
        Validate(architecturePath, weightsPaths).GetNetworkOrThrow();

    /// <summary>Loads and validates the model, returning the network (when valid) with every error and warning.</summary>
    /// <param name="architecturePath">The architecture JSON file.</param>
    /// <param name="weightsPaths">Weights files, any number.</param>
    public static ModelLoadResult Validate(string architecturePath, params IReadOnlyList<string> weightsPaths)
    {
        ArgumentNullException.ThrowIfNull(architecturePath);
        ArgumentNullException.ThrowIfNull(weightsPaths);
        var architectureResult = ArchitectureReader.Validate(architecturePath);
        var diagnostics = new List<NetworkDiagnostic>(architectureResult.Diagnostics);
        var catalog = TensorCatalog.Load(weightsPaths, diagnostics);
        if (!architectureResult.IsValid)
        {
            return new ModelLoadResult(null, diagnostics);
        }

        var architecture = architectureResult.Architecture!;
        var binder = new TensorBinder(architecture, catalog, diagnostics);
        var graph = GraphAssembler.Assemble(architecture, binder, diagnostics);
        diagnostics.AddRange(graph.Validate(architecture.File));
        diagnostics.AddRange(catalog.UnusedWarnings());
        return new ModelLoadResult(diagnostics.Any(d => d.IsError) ? null : graph, diagnostics);
    }
}
