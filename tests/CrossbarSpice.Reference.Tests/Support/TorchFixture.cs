using System.Text.Json;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Import;

namespace CrossbarSpice.Reference.Tests.Support;

/// <summary>A network written by Fixtures/make_fixtures.py: architecture + weights + PyTorch float64 value of every layer output.</summary>
internal sealed class TorchFixture
{
    private TorchFixture(NetworkGraph graph, Dictionary<string, (int[] Shape, double[] Values)> expected)
    {
        Graph = graph;
        Expected = expected;
    }

    public NetworkGraph Graph { get; }

    /// <summary>PyTorch's value of every value name (the input included).</summary>
    public Dictionary<string, (int[] Shape, double[] Values)> Expected { get; }

    /// <summary>The input values.</summary>
    public double[] Input => Expected[Graph.Input.Name].Values;

    /// <summary>Loads torch_&lt;name&gt;.*.</summary>
    public static TorchFixture Load(string name)
    {
        var graph = ModelLoader.Load(Paths.Fixture($"torch_{name}.architecture.json"), Paths.Fixture($"torch_{name}.npz"));
        using var document = JsonDocument.Parse(File.ReadAllText(Paths.Fixture($"torch_{name}.expected.json")));
        var expected = new Dictionary<string, (int[] Shape, double[] Values)>(StringComparer.Ordinal);
        foreach (var value in document.RootElement.GetProperty("values").EnumerateObject())
        {
            expected[value.Name] = (
                [.. value.Value.GetProperty("shape").EnumerateArray().Select(e => e.GetInt32())],
                [.. value.Value.GetProperty("values").EnumerateArray().Select(e => e.GetDouble())]);
        }

        return new TorchFixture(graph, expected);
    }
}
