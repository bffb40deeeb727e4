using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Runs;

namespace CrossbarSpice.Cosim.Levels;

/// <summary>Names of the fidelity levels as the command line spells them.</summary>
public static class CosimLevels
{
    /// <summary>The lower-case name of <paramref name="level"/> (ideal, mapped, wired, characterised, spice).</summary>
    public static string Name(CosimLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>The level names, comma-separated, in order of fidelity.</summary>
    public static string Available => string.Join(", ", Enum.GetValues<CosimLevel>().Select(Name));

    /// <summary>Parses a comma-separated list into distinct levels sorted by fidelity.</summary>
    /// <exception cref="InputException">An unknown or not-yet-supported level, or an empty list (field <c>Levels</c>).</exception>
    public static IReadOnlyList<CosimLevel> Parse(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var levels = new SortedSet<CosimLevel>();
        foreach (var raw in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var name = raw.ToLowerInvariant() is "characterized" ? "characterised" : raw.ToLowerInvariant();
            if (!Enum.TryParse<CosimLevel>(name, ignoreCase: true, out var level) || !Enum.IsDefined(level) || char.IsDigit(name[0]))
            {
                throw new InputException(new SourceLocation(null, Field: nameof(CosimRequest.Levels)), $"unknown level '{raw}'; available: " + Available);
            }

            levels.Add(level);
        }

        return levels.Count > 0
            ? [.. levels]
            : throw new InputException(new SourceLocation(null, Field: nameof(CosimRequest.Levels)), "no level given; available: " + Available);
    }
}
