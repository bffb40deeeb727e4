using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Import.Onnx;

/// <summary>
/// Imports an ONNX model (<c>.onnx</c>) as a <see cref="NetworkGraph"/> of the project's layer ops: the mapping of
/// docs/onnx.md (Gemm / MatMul + Add → dense, Conv → conv2d, BatchNormalization folded into them, LSTM with its gates
/// re-stacked, pools, activations, reshapes, constant shape arithmetic folded, Dropout and Identity removed, a final
/// Softmax dropped with a warning). Anything else is an error naming the file and the node.
/// </summary>
public static class OnnxImporter
{
    /// <summary>The file extension recognised by <see cref="ModelLoader"/>: <c>.onnx</c>.</summary>
    public const string Extension = ".onnx";

    /// <summary>True when <paramref name="path"/> names an ONNX model (by extension, case-insensitive).</summary>
    public static bool IsOnnxFile(string path) => Path.GetExtension(path).Equals(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>Imports and validates the model.</summary>
    /// <exception cref="NetworkValidationException">The model cannot be read or mapped; the message names the file and node.</exception>
    public static NetworkGraph Load(string path) => Validate(path).GetNetworkOrThrow();

    /// <summary>Imports the model, returning the network (when it maps) with every error and warning.</summary>
    /// <param name="path">The <c>.onnx</c> file.</param>
    public static ModelLoadResult Validate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var model = OnnxModelReader.Read(path);
            var (network, warnings) = OnnxGraphImporter.Import(path, model);
            var diagnostics = new List<NetworkDiagnostic>(warnings);
            diagnostics.AddRange(network.Validate(path));
            return new ModelLoadResult(diagnostics.Any(d => d.IsError) ? null : network, diagnostics);
        }
        catch (InputException exception)
        {
            return Failed(NetworkDiagnosticCode.InvalidFile, exception.Location, exception.Problem);
        }
        catch (OnnxImportProblem problem)
        {
            return Failed(problem.Code, new SourceLocation(path, Field: problem.Node), problem.Message);
        }
    }

    private static ModelLoadResult Failed(NetworkDiagnosticCode code, SourceLocation location, string message) =>
        new(null, [NetworkDiagnostic.Error(code, location, message)]);
}
