using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Import;

/// <summary>Outcome of loading a model: the validated network, and every problem (errors and warnings) found.</summary>
/// <param name="Network">The network, or null when <paramref name="Diagnostics"/> holds an error.</param>
/// <param name="Diagnostics">Errors and warnings, architecture problems first, then weights, then graph checks.</param>
public sealed record ModelLoadResult(NetworkGraph? Network, IReadOnlyList<NetworkDiagnostic> Diagnostics)
{
    /// <summary>True when the model loaded (warnings allowed).</summary>
    public bool IsValid => Network is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<NetworkDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The warnings among <see cref="Diagnostics"/> (e.g. unused tensors).</summary>
    public IEnumerable<NetworkDiagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    /// <summary>The network; throws the collected problems when there are errors.</summary>
    /// <exception cref="NetworkValidationException">The model has errors.</exception>
    public NetworkGraph GetNetworkOrThrow() => IsValid ? Network! : throw new NetworkValidationException(Diagnostics);
}
