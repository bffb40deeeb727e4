namespace CrossbarSpice.Circuits.Tests.Compilation;

/// <summary>Relative-tolerance assertion: |a − e| ≤ max(|a|, |e|)·rel.</summary>
internal static class Tolerance
{
    public static void Close(double expected, double actual, double relative, string what)
    {
        var bound = Math.Max(Math.Abs(expected), Math.Abs(actual)) * relative;
        Assert.True(Math.Abs(actual - expected) <= bound, $"{what}: expected {expected:R}, got {actual:R} (rel {relative})");
    }
}
