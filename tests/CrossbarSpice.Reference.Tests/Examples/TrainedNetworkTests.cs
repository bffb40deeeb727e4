using System.Text.Json;
using CrossbarSpice.Import;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Reference.Tests.Support;

namespace CrossbarSpice.Reference.Tests.Examples;

/// <summary>
/// The trained reference networks of netlists/examples against what tools/train/train.py recorded from PyTorch
/// (float32 weights, float64 arithmetic): outputs of the first 20 test images, the predicted class of all 10,000
/// test images and the test accuracy. Needs Debian's dataset-fashion-mnist.
/// </summary>
public sealed class TrainedNetworkTests
{
    private static readonly Lazy<LabelledImages> Test = new(() => FashionMnist.Load(DatasetSplit.Test));

    [Theory]
    [InlineData("bcu", "fc1.linear")]
    [InlineData("bcu-small", "fc1.linear")]
    [InlineData("mlp-784-64-10", null)]
    [InlineData("sequencer", null)]
    [InlineData("sequencer-ln", null)]
    [InlineData("vit-tiny", null)]
    public void Forward_First20TestImages_EqualPyTorchFloat64OutputsTo1e9(string network, string? intermediate)
    {
        var reference = Load(network);
        using var recorded = JsonDocument.Parse(File.ReadAllText(Paths.Example(network, "reference-outputs.json")));
        var root = recorded.RootElement;
        var images = root.GetProperty("images").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(20, images.Length);

        foreach (var (image, row) in images.Select((image, row) => (image, row)))
        {
            var result = reference.Forward(Test.Value.Pixels(image));

            Assert.Equal(root.GetProperty("labels")[row].GetInt32(), Test.Value.Label(image));
            Close.Equal(Row(root.GetProperty("output"), row), result.Output.Values, rel: 1e-9, abs: 1e-12, what: $"{network} image {image} output");
            if (intermediate is not null)
            {
                Close.Equal(Row(root.GetProperty(intermediate), row), result[intermediate].Values, rel: 1e-9, abs: 1e-12, what: $"{network} image {image} {intermediate}");
            }
        }
    }

    [Theory]
    [InlineData("bcu")]
    [InlineData("bcu-small")]
    [InlineData("mlp-784-64-10")]
    [InlineData("sequencer")]
    [InlineData("sequencer-ln")]
    [InlineData("vit-tiny")]
    public void Forward_All10000TestImages_SamePredictionsAndAccuracyAsPyTorch(string network)
    {
        var reference = Load(network);
        using var outputs = JsonDocument.Parse(File.ReadAllText(Paths.Example(network, "reference-outputs.json")));
        using var accuracy = JsonDocument.Parse(File.ReadAllText(Paths.Example(network, "reference-accuracy.json")));
        var expected = outputs.RootElement.GetProperty("predictions").GetString()!;
        var test = Test.Value;
        Assert.Equal(test.Count, expected.Length);

        var predicted = new char[test.Count];
        Parallel.For(0, test.Count, i => predicted[i] = (char)('0' + reference.Forward(test.Pixels(i)).PredictedClass()));

        var differing = Enumerable.Range(0, test.Count).Where(i => predicted[i] != expected[i]).Take(5).ToList();
        Assert.True(differing.Count == 0, $"{network}: predictions differ from PyTorch at images {string.Join(", ", differing)}");
        var correct = Enumerable.Range(0, test.Count).Count(i => predicted[i] - '0' == test.Label(i));
        Assert.Equal(accuracy.RootElement.GetProperty("correct").GetInt32(), correct);
    }

    private static ReferenceNetwork Load(string network) =>
        new(ModelLoader.Load(Paths.Example(network, "architecture.json"), Paths.Example(network, "weights.npz")));

    private static double[] Row(JsonElement matrix, int row) => [.. matrix[row].EnumerateArray().Select(e => e.GetDouble())];
}
