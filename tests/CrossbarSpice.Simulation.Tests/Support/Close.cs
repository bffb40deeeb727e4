namespace CrossbarSpice.Simulation.Tests.Support;

/// <summary>Tolerance checks of the form |a − e| ≤ max(|a|, |e|)·rel + abs, with readable failures.</summary>
internal static class Close
{
    /// <summary>Asserts <paramref name="actual"/> is within tolerance of <paramref name="expected"/>.</summary>
    public static void Assert(double expected, double actual, double relative, double absolute, string what)
    {
        var bound = (Math.Max(Math.Abs(actual), Math.Abs(expected)) * relative) + absolute;
        var difference = Math.Abs(actual - expected);
        Xunit.Assert.True(
            difference <= bound,
            $"{what}: expected {expected:R}, got {actual:R}, |diff| {difference:R} > bound {bound:R} (rel {relative:R}, abs {absolute:R})");
    }
}
