using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Import.Architecture;

/// <summary>Outcome of reading an architecture file.</summary>
/// <param name="Architecture">The architecture, or null when <paramref name="Diagnostics"/> holds an error.</param>
/// <param name="Diagnostics">Every problem found, each naming the file and JSON path.</param>
public sealed record ArchitectureReadResult(ModelArchitecture? Architecture, IReadOnlyList<NetworkDiagnostic> Diagnostics)
{
    /// <summary>True when the file is valid.</summary>
    public bool IsValid => Architecture is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The architecture; throws the collected problems when invalid.</summary>
    /// <exception cref="NetworkValidationException">The file has errors.</exception>
    public ModelArchitecture GetArchitectureOrThrow() => IsValid ? Architecture! : throw new NetworkValidationException(Diagnostics);
}
