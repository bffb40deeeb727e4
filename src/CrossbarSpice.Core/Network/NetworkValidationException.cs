using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Core.Network;

/// <summary>
/// A network (or its input files) failed validation. <see cref="InputException.Location"/> is the first error's;
/// <see cref="Diagnostics"/> holds every problem found, warnings included.
/// </summary>
public sealed class NetworkValidationException : InputException
{
    /// <summary>Creates the exception; <paramref name="diagnostics"/> must hold at least one error.</summary>
    /// <exception cref="ArgumentException">No error among the diagnostics.</exception>
    public NetworkValidationException(IReadOnlyList<NetworkDiagnostic> diagnostics)
        : base(FirstError(diagnostics).Location, Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<NetworkDiagnostic> Diagnostics { get; }

    /// <summary>The errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<NetworkDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    private static NetworkDiagnostic FirstError(IReadOnlyList<NetworkDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return diagnostics.FirstOrDefault(d => d.IsError)
            ?? throw new ArgumentException("at least one error diagnostic is needed", nameof(diagnostics));
    }

    private static string Describe(IReadOnlyList<NetworkDiagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var text = $"{errors[0].CodeText} {errors[0].Message}";
        return errors.Count == 1
            ? text
            : text + $" (and {errors.Count - 1} more:\n  " + string.Join("\n  ", errors.Skip(1)) + ")";
    }
}
