using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Devices.Reading;

/// <summary>
/// A device card that failed validation. <see cref="InputException.Location"/> is the first problem's file and
/// field; <see cref="Diagnostics"/> holds every problem found.
/// </summary>
public sealed class DeviceCardException : InputException
{
    /// <summary>Creates the exception from at least one diagnostic.</summary>
    public DeviceCardException(IReadOnlyList<CardDiagnostic> diagnostics)
        : base(Locate(diagnostics), Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<CardDiagnostic> Diagnostics { get; }

    private static SourceLocation Locate(IReadOnlyList<CardDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (diagnostics.Count == 0)
        {
            throw new ArgumentException("at least one diagnostic is needed", nameof(diagnostics));
        }

        var first = diagnostics[0];
        return new SourceLocation(first.File, first.Line, Field: first.JsonPath);
    }

    private static string Describe(IReadOnlyList<CardDiagnostic> diagnostics)
    {
        var first = diagnostics[0];
        var text = $"{first.CodeText} {first.Message}";
        return diagnostics.Count == 1
            ? text
            : text + $" (and {diagnostics.Count - 1} more:\n  " + string.Join("\n  ", diagnostics.Skip(1)) + ")";
    }
}
