using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Cosim.Sweeps;

/// <summary>Command-line names of <see cref="SweepParameter"/> and <see cref="FaultMode"/> values (fault-rate, lrs, …).</summary>
public static class SweepNames
{
    private static readonly (SweepParameter Parameter, string Name)[] Parameters =
    [
        (SweepParameter.FaultRate, "fault-rate"),
        (SweepParameter.Levels, "levels"),
        (SweepParameter.ProgrammingError, "programming-error"),
        (SweepParameter.ReadNoise, "read-noise"),
        (SweepParameter.Aging, "aging"),
        (SweepParameter.WeightNoise, "weight-noise"),
        (SweepParameter.Prune, "prune"),
    ];

    /// <summary>The name of <paramref name="parameter"/>, e.g. "fault-rate".</summary>
    public static string Of(SweepParameter parameter) => Parameters.First(p => p.Parameter == parameter).Name;

    /// <summary>The name of <paramref name="mode"/>: "lrs", "hrs" or "both".</summary>
    public static string Of(FaultMode mode) => mode.ToString().ToLowerInvariant();

    /// <summary>The name of <paramref name="definition"/>: "independent" or "split".</summary>
    public static string Of(StuckBoth definition) => definition.ToString().ToLowerInvariant();

    /// <summary>The "both" definition named <paramref name="name"/> (case-insensitive): independent or split.</summary>
    /// <exception cref="InputException">Another name.</exception>
    public static StuckBoth StuckBoth(string name) =>
        name.Trim().ToLowerInvariant() switch
        {
            "independent" => Sweeps.StuckBoth.Independent,
            "split" => Sweeps.StuckBoth.Split,
            _ => throw new InputException(new SourceLocation(null, Field: nameof(SweepRequest.StuckBoth)), $"unknown definition of 'both' '{name}'; available: independent (p at LRS and p at HRS, drawn independently as MemTorch does), split (p/2 each)"),
        };

    /// <summary>The parameter named <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="InputException">Unknown name; the message lists the known ones.</exception>
    public static SweepParameter Parameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } found
            ? found.Parameter
            : throw new InputException(new SourceLocation(null, Field: nameof(SweepRequest.Vary)), $"unknown parameter '{name}'; available: {string.Join(", ", Parameters.Select(p => p.Name))}");

    /// <summary>Distinct fault modes of a comma-separated list, in the order given.</summary>
    /// <exception cref="InputException">An unknown mode or an empty list.</exception>
    public static IReadOnlyList<FaultMode> FaultModes(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var modes = new List<FaultMode>();
        foreach (var raw in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var mode = raw.ToLowerInvariant() switch
            {
                "lrs" => FaultMode.Lrs,
                "hrs" => FaultMode.Hrs,
                "both" => FaultMode.Both,
                _ => throw new InputException(new SourceLocation(null, Field: nameof(SweepRequest.Faults)), $"unknown fault mode '{raw}'; available: lrs, hrs, both"),
            };
            if (!modes.Contains(mode))
            {
                modes.Add(mode);
            }
        }

        return modes.Count > 0 ? modes : throw new InputException(new SourceLocation(null, Field: nameof(SweepRequest.Faults)), "no fault mode given; available: lrs, hrs, both");
    }
}
