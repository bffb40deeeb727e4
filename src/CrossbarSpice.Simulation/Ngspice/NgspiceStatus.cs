using System.Globalization;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>Parses ngspice's status strings ("tran: 42.5%", "--ready--") into progress reports.</summary>
internal static class NgspiceStatus
{
    /// <summary>True when <paramref name="text"/> carries a percentage.</summary>
    public static bool TryParse(string? text, out SimulationProgress progress)
    {
        progress = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Contains("--ready--", StringComparison.Ordinal))
        {
            progress = new SimulationProgress("ready", 100);
            return true;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var number = text[(colon + 1)..].Trim().TrimEnd('%');
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
        {
            return false;
        }

        progress = new SimulationProgress(text[..colon].Trim(), percent);
        return true;
    }
}
