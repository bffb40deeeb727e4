using System.Globalization;

namespace CrossbarSpice.Cli.Tests.Faults;

/// <summary>
/// How many signal points each verb gets and from which seed: a small deterministic budget in CI, more through
/// <c>CROSSBARSPICE_FAULT_POINTS</c> and <c>CROSSBARSPICE_FAULT_SEED</c> (tools/fault/run.sh sets both).
/// </summary>
internal static class FaultSettings
{
    /// <summary>Signal points per verb and signal when the environment does not say.</summary>
    public const int DefaultPoints = 2;

    /// <summary>Seed when the environment does not say.</summary>
    public const int DefaultSeed = 22;

    /// <summary>Signal points per verb and signal.</summary>
    public static int Points => Read("CROSSBARSPICE_FAULT_POINTS", DefaultPoints);

    /// <summary>Seed of the points' random stream.</summary>
    public static int Seed => Read("CROSSBARSPICE_FAULT_SEED", DefaultSeed);

    /// <summary>The seed of one case's random stream: <see cref="Seed"/> mixed with <paramref name="name"/> (FNV-1a, the
    /// same in every process, unlike <see cref="HashCode"/>).</summary>
    public static int SeedFor(string name)
    {
        var hash = 2166136261u ^ (uint)Seed;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
    }

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : fallback;
}
