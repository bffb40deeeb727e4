namespace CrossbarSpice.Import.Tests.TestSupport;

/// <summary>The closed formulas the fixtures were made with (Fixtures/README.md).</summary>
internal static class Values
{
    /// <summary>ramp: value[k] = k·scale + offset for k in [0, count).</summary>
    public static double[] Ramp(int count, double scale, double offset) =>
        [.. Enumerable.Range(0, count).Select(k => (k * scale) + offset)];

    /// <summary>Path of a fixture file copied next to the test assembly.</summary>
    public static string Fixture(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
}
