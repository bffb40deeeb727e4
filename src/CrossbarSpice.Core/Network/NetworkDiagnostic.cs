using System.Globalization;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Core.Network;

/// <summary>One problem found in a network or its input files.</summary>
/// <param name="Code">What kind of problem.</param>
/// <param name="Severity">Error (the model cannot load) or warning.</param>
/// <param name="Location">File and field (JSON path, tensor name, layer) of the problem; line/column for CSV.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record NetworkDiagnostic(NetworkDiagnosticCode Code, NetworkDiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    /// <summary>Stable code text, <c>NW001</c>…<c>NW015</c>.</summary>
    public string CodeText => "NW" + ((int)Code).ToString("000", CultureInfo.InvariantCulture);

    /// <summary>True for <see cref="NetworkDiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == NetworkDiagnosticSeverity.Error;

    /// <summary>An error diagnostic.</summary>
    public static NetworkDiagnostic Error(NetworkDiagnosticCode code, SourceLocation location, string message) =>
        new(code, NetworkDiagnosticSeverity.Error, location, message);

    /// <summary>A warning diagnostic.</summary>
    public static NetworkDiagnostic Warning(NetworkDiagnosticCode code, SourceLocation location, string message) =>
        new(code, NetworkDiagnosticSeverity.Warning, location, message);

    /// <summary><c>file: field 'x': NW009 message</c>, with <c>warning</c> before the code for warnings.</summary>
    public override string ToString()
    {
        var where = Location.ToString();
        var text = (IsError ? string.Empty : "warning ") + CodeText + " " + Message;
        return where.Length == 0 ? text : where + ": " + text;
    }
}
