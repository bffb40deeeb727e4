using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference;

/// <summary>
/// Every value one forward pass computed, by value name: the network inputs and each layer's output (per-sample
/// shapes, float64, in the network's own units: volts when the inputs are volts and the weights dimensionless).
/// The co-simulation harness diffs these layer by layer between fidelity levels.
/// </summary>
public sealed class ForwardResult
{
    private readonly Dictionary<string, Tensor> values;
    private readonly NetworkGraph graph;

    internal ForwardResult(NetworkGraph graph, Dictionary<string, Tensor> values, IReadOnlyList<string> valueNames)
    {
        this.graph = graph;
        this.values = values;
        ValueNames = valueNames;
    }

    /// <summary>Names of every value, in computation order: the inputs first, then each layer's output.</summary>
    public IReadOnlyList<string> ValueNames { get; }

    /// <summary>Every value by name (see <see cref="ValueNames"/> for the order).</summary>
    public IReadOnlyDictionary<string, Tensor> Values => values;

    /// <summary>The value called <paramref name="valueName"/>.</summary>
    /// <exception cref="KeyNotFoundException">No value has that name.</exception>
    public Tensor this[string valueName] =>
        values.TryGetValue(valueName, out var tensor)
            ? tensor
            : throw new KeyNotFoundException($"no value '{valueName}'; values: {string.Join(", ", ValueNames)}");

    /// <summary>
    /// The output of layer <paramref name="layerName"/>. For a dense or conv2d layer with a fused activation the
    /// architecture loader names the linear layer <c>fc1</c> (output value <c>fc1.linear</c>) and the activation layer
    /// <c>fc1.relu</c> (output value <c>fc1</c>), so <c>LayerOutput("fc1")</c> is the pre-activation.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No layer has that name.</exception>
    public Tensor LayerOutput(string layerName)
    {
        var layer = graph.FindLayer(layerName)
            ?? throw new KeyNotFoundException($"no layer '{layerName}'; layers: {string.Join(", ", graph.Layers.Select(l => l.Name))}");
        return this[layer.Outputs[0]];
    }

    /// <summary>The network's outputs, in <see cref="NetworkGraph.Outputs"/> order.</summary>
    public IReadOnlyList<Tensor> Outputs => [.. graph.Outputs.Select(name => this[name])];

    /// <summary>The first network output (for a classifier, one score per class).</summary>
    public Tensor Output => this[graph.Outputs[0]];

    /// <summary>
    /// Index of the largest element of <see cref="Output"/>, the first one on ties (as <c>numpy.argmax</c> and
    /// <c>torch.argmax</c>); for a classifier, the predicted class.
    /// </summary>
    public int PredictedClass() => ArgMax(Output.Values);

    /// <summary>Index of the largest element, the first one on ties; −1 for an empty span.</summary>
    public static int ArgMax(ReadOnlySpan<double> values)
    {
        var best = -1;
        for (var i = 0; i < values.Length; i++)
        {
            if (best < 0 || values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
