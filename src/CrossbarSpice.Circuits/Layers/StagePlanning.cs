using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>
/// The state of cutting a network (layers in dependency order, values by name) into circuit stages (<see cref="StagePlanner"/>): the network, the
/// compiled crossbars' k, the signal scales, whether the design has periphery circuits, and the stages so far.
/// Voltage scales: the first layer's inputs are at <see cref="InputVoltsPerUnit"/>, every stage output (and so every
/// later crossbar's rows) at <see cref="OutputVoltsPerUnit"/>; readout feedback R_F = s_out / (k · s_in).
/// </summary>
public sealed class StagePlanning
{
    private readonly List<CircuitStage> stages = [];

    /// <summary>Starts planning <paramref name="graph"/>.</summary>
    public StagePlanning(NetworkGraph graph, IReadOnlyDictionary<string, double> siemensPerWeight, double inputVoltsPerUnit, double outputVoltsPerUnit, bool withPeriphery, LstmCircuitOptions lstm)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(siemensPerWeight);
        Graph = graph;
        Shapes = graph.InferShapes();
        SiemensPerWeight = siemensPerWeight;
        InputVoltsPerUnit = inputVoltsPerUnit;
        OutputVoltsPerUnit = outputVoltsPerUnit;
        WithPeriphery = withPeriphery;
        Lstm = lstm;
    }

    /// <summary>The network.</summary>
    public NetworkGraph Graph { get; }

    /// <summary>The network's layers, in order.</summary>
    public IReadOnlyList<LayerNode> Layers => Graph.Layers;

    /// <summary>Every tensor's shape.</summary>
    public IReadOnlyDictionary<string, TensorShape> Shapes { get; }

    /// <summary>k of every compiled crossbar, S per unit weight, by crossbar name.</summary>
    public IReadOnlyDictionary<string, double> SiemensPerWeight { get; }

    /// <summary>Volts per unit of the network input.</summary>
    public double InputVoltsPerUnit { get; }

    /// <summary>Volts per unit of every stage output.</summary>
    public double OutputVoltsPerUnit { get; }

    /// <summary>False when no CMOS process is known: no activation, pooling or cell circuits.</summary>
    public bool WithPeriphery { get; }

    /// <summary>The LSTM cell circuits.</summary>
    public LstmCircuitOptions Lstm { get; }

    /// <summary>The stages planned so far.</summary>
    public IReadOnlyList<CircuitStage> Stages => stages;

    /// <summary>Volts per unit on the inputs of the layer at <paramref name="index"/>: the network input's scale for the
    /// first layer and any other that reads the network input, every stage output's otherwise.</summary>
    public double InputVoltsPerUnitOf(int index) =>
        index == 0 || Layers[index].Inputs.Any(value => Graph.Inputs.Any(input => input.Name == value)) ? InputVoltsPerUnit : OutputVoltsPerUnit;

    /// <summary>The layer after <paramref name="index"/>, or null.</summary>
    public LayerNode? Next(int index) => index + 1 < Layers.Count ? Layers[index + 1] : null;

    /// <summary>Appends <paramref name="stage"/>.</summary>
    public void Add(CircuitStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        stages.Add(stage);
    }

    /// <summary>Source names <c>Vin0…Vin{count−1}</c>.</summary>
    public static List<string> Sources(int count) => Enumerable.Range(0, count).Select(r => $"Vin{r}").ToList();
}
