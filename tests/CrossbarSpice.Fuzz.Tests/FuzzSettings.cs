using System.Globalization;

namespace CrossbarSpice.Fuzz.Tests;

/// <summary>
/// How many cases each reader gets and from which seed: a small deterministic budget in CI, more through
/// <c>CROSSBARSPICE_FUZZ_CASES</c> (cases per reader) and <c>CROSSBARSPICE_FUZZ_SEED</c> (tools/fuzz.sh sets both).
/// </summary>
internal static class FuzzSettings
{
    /// <summary>Cases per reader when the environment does not say (keeps the whole suite well under 30 s).</summary>
    public const int DefaultCases = 150;

    /// <summary>Seed of the first case when the environment does not say.</summary>
    public const int DefaultSeed = 22;

    /// <summary>Longest one case may take before it counts as a hang.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Cases per reader.</summary>
    public static int Cases => Read("CROSSBARSPICE_FUZZ_CASES", DefaultCases);

    /// <summary>Seed of the first case; case k uses seed + k.</summary>
    public static int Seed => Read("CROSSBARSPICE_FUZZ_SEED", DefaultSeed);

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : fallback;
}
