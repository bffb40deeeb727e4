using CrossbarSpice.Core.Network;
using CrossbarSpice.Import.Architecture;
using CrossbarSpice.Import.Binding;
using CrossbarSpice.Import.Onnx;

namespace CrossbarSpice.Import;

/// <summary>
/// Loads a trained model: an architecture file (docs/architecture-format.md) plus weights files (<c>.npz</c>,
/// <c>.npy</c>, <c>.safetensors</c>, <c>.csv</c>) → a validated <see cref="NetworkGraph"/>. Every tensor the
/// architecture names must exist, be floating point, have the shape the declared sizes imply and be finite; every
/// layer's input shape must fit (shape inference from the input). All problems are collected; tensors no layer uses
/// are warnings. An architecture path ending in <c>.onnx</c> is an ONNX model instead (<see cref="OnnxImporter"/>,
/// docs/onnx.md), which holds its weights: no weights file may be given with it. So a design compiled from an ONNX
/// model (its manifest names the <c>.onnx</c> file as the architecture, no weights) re-loads through this same call.
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
        if (OnnxImporter.IsOnnxFile(architecturePath))
        {
            return weightsPaths.Count == 0
                ? OnnxImporter.Validate(architecturePath)
                : new ModelLoadResult(null, [NetworkDiagnostic.Error(NetworkDiagnosticCode.Structure, new Core.Diagnostics.SourceLocation(weightsPaths[0]), $"an ONNX model ({architecturePath}) holds its weights; give no weights file with it")]);
        }

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
