using System.Globalization;
using Xunit.Sdk;

namespace CrossbarSpice.Reference.Tests.Support;

/// <summary>Element-wise comparison with tolerance max(|a|, |e|)·rel + abs, failing with the first offending index.</summary>
internal static class Close
{
    public static void Equal(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double rel, double abs = 0, string what = "values")
    {
        if (expected.Length != actual.Length)
        {
            throw new XunitException($"{what}: expected {expected.Length} values, got {actual.Length}");
        }

        for (var i = 0; i < expected.Length; i++)
        {
            var tolerance = (Math.Max(Math.Abs(expected[i]), Math.Abs(actual[i])) * rel) + abs;
            if (!(Math.Abs(expected[i] - actual[i]) <= tolerance))
            {
                throw new XunitException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (|Δ| = {Math.Abs(expected[i] - actual[i]):G3} > {tolerance:G3})"));
            }
        }
    }
}
