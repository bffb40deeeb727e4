using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>
/// A module's bench did not converge (or was rejected): names the module and the analysis, and carries ngspice's
/// message and the operating point it reached (its "last node voltages" dump, when it printed one).
/// </summary>
public sealed class PeripheryBenchException : CrossbarSpiceException
{
    /// <summary>Creates the exception.</summary>
    public PeripheryBenchException(string module, string analysis, string simulatorMessage, IReadOnlyList<KeyValuePair<string, double>> operatingPoint, Exception? innerException)
        : base(Describe(module, analysis, simulatorMessage, operatingPoint), innerException)
    {
        Module = module;
        Analysis = analysis;
        SimulatorMessage = simulatorMessage;
        OperatingPoint = operatingPoint;
    }

    /// <summary>The module whose bench failed.</summary>
    public string Module { get; }

    /// <summary>The analysis that failed (<c>dc</c>, <c>tran</c> or an auxiliary bench name).</summary>
    public string Analysis { get; }

    /// <summary>ngspice's error lines.</summary>
    public string SimulatorMessage { get; }

    /// <summary>Node voltages (V) ngspice reached before giving up, in its order; empty when it printed none.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> OperatingPoint { get; }

    private static string Describe(string module, string analysis, string message, IReadOnlyList<KeyValuePair<string, double>> point)
    {
        var reached = point.Count == 0
            ? "ngspice printed no operating point"
            : "operating point reached: " + string.Join(", ", point.Take(12).Select(p => $"{p.Key} = {p.Value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)} V"))
              + (point.Count > 12 ? $" (+{point.Count - 12} more)" : string.Empty);
        var text = string.IsNullOrWhiteSpace(message) ? "(no message)" : message.Replace('\n', ' ').Trim();
        return $"module '{module}': the {analysis} bench failed: ngspice: {text}; {reached}";
    }
}
