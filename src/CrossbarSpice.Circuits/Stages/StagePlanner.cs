using CrossbarSpice.Circuits.Periphery;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// Cuts a sequential network into the modules of its circuit: each dense or convolution layer is a crossbar stage
/// (with the element-wise circuit of the activation that follows it fused behind its readouts), pooling layers are
/// averaging stages, flatten and permute are wiring, and what has no circuit yet is an <see cref="UnsupportedStage"/>.
/// A dense layer on a token tensor ([H, W, C], the sequencer) reads its crossbar once per token.
/// Voltage scales: the first crossbar's rows see <c>inputVoltsPerUnit</c>, every stage output (and so every later
/// crossbar's rows) is at <c>outputVoltsPerUnit</c>; readout feedback R_F = s_out / (k · s_in).
/// </summary>
public static class StagePlanner
{
    /// <summary>Why a layer norm has no stage: seed 000, the only seed with a normalisation, gives no circuit for it.</summary>
    public const string LayerNormReason =
        "layer normalisation has no circuit: seed 000 (§III) lists its hardware modules — BiLSTM2D, normalisation circuit module (a clamp to ±V_N), MLP, patch embedding, GAP, timing generator — and none computes a mean and variance; use the normalisation module (activation boundedLinearTanh, slope 1) instead";

    /// <summary>Plans <paramref name="graph"/> (one input, each layer reading the previous one).</summary>
    /// <param name="graph">The network.</param>
    /// <param name="siemensPerWeight">k of every crossbar layer, by layer name.</param>
    /// <param name="inputVoltsPerUnit">Volts per unit of the network input.</param>
    /// <param name="outputVoltsPerUnit">Volts per unit of every stage output.</param>
    /// <param name="withPeriphery">False when no CMOS process is known: no activation or pooling circuit, those layers
    /// become <see cref="UnsupportedStage"/>s saying so.</param>
    /// <param name="lstm">The LSTM cell circuits (null: <see cref="LstmCircuitOptions.Default"/>).</param>
    public static IReadOnlyList<CircuitStage> Plan(NetworkGraph graph, IReadOnlyDictionary<string, double> siemensPerWeight, double inputVoltsPerUnit, double outputVoltsPerUnit, bool withPeriphery = true, LstmCircuitOptions? lstm = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(siemensPerWeight);
        var shapes = graph.InferShapes();
        var stages = new List<CircuitStage>();
        var layers = graph.Layers;
        for (var i = 0; i < layers.Count; i++)
        {
            var layer = layers[i];
            if (!withPeriphery && layer.Op is not (DenseLayer or Conv2dLayer or FlattenLayer or PermuteLayer or LayerNormLayer))
            {
                stages.Add(new UnsupportedStage([layer.Name], "the design was compiled without a CMOS process card, so it has no periphery circuits"));
                continue;
            }

            switch (layer.Op)
            {
                case DenseLayer or Conv2dLayer when siemensPerWeight.TryGetValue(layer.Name, out var k):
                    var inputs = layer.Op is DenseLayer dense ? dense.InputFeatures : ConvInputs((Conv2dLayer)layer.Op);
                    var outputs = layer.Op is DenseLayer d ? d.OutputFeatures : ((Conv2dLayer)layer.Op).OutChannels;
                    var sIn = i == 0 ? inputVoltsPerUnit : outputVoltsPerUnit;
                    var next = i + 1 < layers.Count ? layers[i + 1] : null;
                    var tail = withPeriphery && next?.Op is ActivationLayer fused && next.Inputs[0] == layer.Outputs[0] ? ElementCircuit.For(fused, outputVoltsPerUnit) : null;
                    var readouts = Enumerable.Range(0, outputs).Select(j => $"y{j}").ToList();
                    IReadOnlyList<IReadOnlyList<string>> nodes = tail is null ? [readouts] : [readouts, Enumerable.Range(0, outputs).Select(j => $"z{j}").ToList()];
                    stages.Add(new CrossbarStage(
                        tail is null ? [layer.Name] : [layer.Name, next!.Name],
                        $"{layer.Name}/deck.cir",
                        Enumerable.Range(0, inputs).Select(r => $"Vin{r}").ToList(),
                        nodes,
                        sIn,
                        outputVoltsPerUnit / (k * sIn),
                        tail));
                    if (tail is not null)
                    {
                        i++;
                    }

                    break;
                case ActivationLayer activation:
                    var circuit = ElementCircuit.For(activation, outputVoltsPerUnit);
                    stages.Add(circuit is null
                        ? new UnsupportedStage([layer.Name], $"the {activation.Kind} activation has no periphery circuit in the compiled design yet")
                        : new ElementStage([layer.Name], $"{layer.Name}/deck.cir", ["Vin0"], [["out0"]], circuit));
                    break;
                case AveragePool2dLayer pool when pool.Kernel.Height * pool.Kernel.Width >= 2:
                    var window = pool.Kernel.Height * pool.Kernel.Width;
                    stages.Add(new AverageStage([layer.Name], $"{layer.Name}/deck.cir", Sources(window), [["out0"]], AveragePooling.Name(window)));
                    break;
                case GlobalAveragePoolLayer:
                    var inShape = shapes[layer.Inputs[0]];
                    var count = inShape.ElementCount / inShape[0];
                    stages.Add(count >= 2
                        ? new AverageStage([layer.Name], $"{layer.Name}/deck.cir", Sources(count), [["out0"]], SummingAverager.Name(count))
                        : new UnsupportedStage([layer.Name], "global average pooling of a single element needs no circuit; not supported"));
                    break;
                case LstmLayer or BidirectionalLstmLayer or BiLstm2dLayer:
                    stages.Add(LstmStage.Plan(layer, siemensPerWeight, i == 0 ? inputVoltsPerUnit : outputVoltsPerUnit, lstm ?? LstmCircuitOptions.Default));
                    break;
                case FlattenLayer:
                    stages.Add(new WiringStage([layer.Name]));
                    break;
                case PermuteLayer permute:
                    stages.Add(new WiringStage([layer.Name], permute.SourceIndices(shapes[layer.Inputs[0]])));
                    break;
                case LayerNormLayer:
                    stages.Add(new UnsupportedStage([layer.Name], LayerNormReason));
                    break;
                default:
                    stages.Add(new UnsupportedStage([layer.Name], $"layer type {layer.Op.TypeName} has no periphery circuit in the compiled design yet"));
                    break;
            }
        }

        return stages;
    }

    /// <summary>The averaging subcircuit an <see cref="AverageStage"/> with <paramref name="inputs"/> inputs instantiates.</summary>
    public static Netlist.Directives.SubcircuitDefinition AveragerDefinition(string subcircuit, int inputs) =>
        subcircuit == AveragePooling.Name(inputs) ? AveragePooling.Build(inputs, opAmp: OpAmpKind.CmosCascode) : SummingAverager.Build(inputs);

    private static int ConvInputs(Conv2dLayer conv) => conv.InChannels * conv.KernelSize.Height * conv.KernelSize.Width;

    private static List<string> Sources(int count) => Enumerable.Range(0, count).Select(r => $"Vin{r}").ToList();
}
