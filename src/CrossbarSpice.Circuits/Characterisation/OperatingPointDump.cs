using System.Globalization;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>
/// Reads the node voltages ngspice prints when an operating point fails ("Last Node Voltages" table, one
/// <c>node  last  previous</c> row per node) from its log.
/// </summary>
public static class OperatingPointDump
{
    /// <summary>The (node, last voltage in V) pairs of the last such table in <paramref name="log"/>; empty when there is none.</summary>
    public static IReadOnlyList<KeyValuePair<string, double>> Parse(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var lines = log.Split('\n');
        var start = Array.FindLastIndex(lines, l => l.Contains("Last Node Voltages", StringComparison.OrdinalIgnoreCase));
        var result = new List<KeyValuePair<string, double>>();
        if (start < 0)
        {
            return result;
        }

        foreach (var raw in lines.Skip(start + 1))
        {
            var parts = raw.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0].StartsWith('-') || parts[0].Equals("Node", StringComparison.OrdinalIgnoreCase))
            {
                if (result.Count > 0 && parts.Length == 0)
                {
                    break;
                }

                continue;
            }

            if (parts.Length < 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var volts))
            {
                if (result.Count > 0)
                {
                    break;
                }

                continue;
            }

            result.Add(new(parts[0], volts));
        }

        return result;
    }
}
