namespace CrossbarSpice.Import.Tests.TestSupport;

/// <summary>Architecture JSON texts for tests: a header plus the given layer objects.</summary>
internal static class Architectures
{
    /// <summary>A complete file with <paramref name="inputShape"/> (JSON array text) and layer objects (JSON texts).</summary>
    public static string With(string inputShape, params string[] layers) =>
        $$"""
        {
          "format": "crossbarspice-architecture/1",
          "name": "test",
          "input": { "shape": {{inputShape}} },
          "layers": [
            {{string.Join(",\n    ", layers)}}
          ]
        }
        """;

    /// <summary>The 4 → 3 → 2 MLP of the fixtures, with fc1 and fc2 tensors.</summary>
    public static string TinyMlp(string fc1Weight = "fc1.weight", int fc2In = 3) => With(
        "[4]",
        $$"""{ "name": "fc1", "type": "dense", "inFeatures": 4, "outFeatures": 3, "weight": "{{fc1Weight}}", "bias": "fc1.bias", "activation": "relu" }""",
        $$"""{ "name": "fc2", "type": "dense", "inFeatures": {{fc2In}}, "outFeatures": 2, "weight": "fc2.weight", "bias": "fc2.bias" }""");
}
