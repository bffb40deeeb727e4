using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Serialization;

namespace CrossbarSpice.Import.Architecture;

/// <summary>Collects the diagnostics of one architecture file being read.</summary>
internal sealed class ArchitectureContext(string file) : IStrictJsonReporter
{
    private readonly List<NetworkDiagnostic> diagnostics = [];

    public string File { get; } = file;

    public IReadOnlyList<NetworkDiagnostic> Diagnostics => diagnostics;

    public bool HasErrors => diagnostics.Any(d => d.IsError);

    public void Report(NetworkDiagnosticCode code, string path, string message, int? line = null) =>
        diagnostics.Add(NetworkDiagnostic.Error(code, new SourceLocation(File, line, Field: path), message));

    /// <inheritdoc/>
    void IStrictJsonReporter.Report(StrictJsonProblem problem, string path, string message) =>
        Report(problem.ToCode<NetworkDiagnosticCode>(), path, message);
}
