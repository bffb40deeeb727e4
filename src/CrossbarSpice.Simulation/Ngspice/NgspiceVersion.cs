using System.Text.RegularExpressions;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>The version of the ngspice library the engine loads, as the library itself reports it (<c>version -s</c>).</summary>
public static partial class NgspiceVersion
{
    /// <summary>E.g. <c>ngspice-39</c>: loads a private copy of the library, asks it and unloads it.</summary>
    /// <exception cref="EngineUnavailableException">The library is missing or cannot be loaded (names the Debian package).</exception>
    public static string Query()
    {
        using var session = NgspiceSession.Start();
        var text = session.CommandOutput("version -s");
        return VersionPattern().Match(text) is { Success: true } match ? match.Value : text.Trim();
    }

    [GeneratedRegex(@"ngspice-[0-9][0-9A-Za-z.+_-]*")]
    private static partial Regex VersionPattern();
}
