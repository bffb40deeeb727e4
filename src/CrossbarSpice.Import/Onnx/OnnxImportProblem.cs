namespace CrossbarSpice.Import.Onnx;

/// <summary>
/// Why an ONNX graph cannot be mapped onto the project's layers; thrown inside the importer and turned into one
/// diagnostic naming the file and the node (<see cref="OnnxImporter"/>).
/// </summary>
internal sealed class OnnxImportProblem : Exception
{
    /// <summary>A problem with the model as a whole or a tensor.</summary>
    public OnnxImportProblem(string message)
        : base(message)
    {
    }

    /// <summary>A problem at a node; <paramref name="node"/> is its display form, e.g. <c>node '/fc/Gemm' (Gemm)</c>.</summary>
    public OnnxImportProblem(string node, string message)
        : base(message) => Node = node;

    /// <summary>The node the problem is at, or null.</summary>
    public string? Node { get; }

    /// <summary>The diagnostic code: NW015 (structure) unless set, NW006 for an op the importer does not know.</summary>
    public CrossbarSpice.Core.Network.NetworkDiagnosticCode Code { get; init; } = CrossbarSpice.Core.Network.NetworkDiagnosticCode.Structure;
}
