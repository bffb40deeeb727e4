using CrossbarSpice.Tests.Shared;

namespace CrossbarSpice.Import.Tests.Onnx;

/// <summary>The ONNX files of Fixtures/onnx (written by tools/export-onnx.py fixtures) and the bundled examples.</summary>
internal static class OnnxFixtures
{
    /// <summary>Fixtures/onnx/<paramref name="name"/> next to the test assembly.</summary>
    public static string File(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "onnx", name);

    /// <summary>netlists/examples/<paramref name="example"/>/model.onnx in the repository.</summary>
    public static string Example(string example) => RepositoryRoot.Combine("netlists", "examples", example, "model.onnx");

    /// <summary>Seeded uniform values in [−1, 1).</summary>
    public static double[] Random(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 2) - 1)];
    }

    /// <summary>max |a − b| / max(|b|, 1e-3): the worst disagreement relative to the reference output's scale.</summary>
    public static double RelativeError(IReadOnlyList<double> actual, IReadOnlyList<double> reference)
    {
        Assert.Equal(reference.Count, actual.Count);
        var scale = Math.Max(reference.Max(Math.Abs), 1e-3);
        return actual.Zip(reference, (a, b) => Math.Abs(a - b)).Max() / scale;
    }
}
