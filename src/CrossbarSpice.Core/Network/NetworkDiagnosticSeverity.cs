namespace CrossbarSpice.Core.Network;

/// <summary>Whether a network diagnostic stops the model from loading.</summary>
public enum NetworkDiagnosticSeverity
{
    /// <summary>The model cannot be used.</summary>
    Error,

    /// <summary>The model loads; the user should know (e.g. a tensor nothing uses).</summary>
    Warning,
}
