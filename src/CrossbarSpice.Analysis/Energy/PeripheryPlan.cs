using System.Globalization;
using CrossbarSpice.Circuits.Periphery.Benches;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Simulation.Energy;

namespace CrossbarSpice.Analysis.Energy;

/// <summary>
/// Which characterised module computes which layer, with instance and operation counts per inference:
/// every crossbar output → a differential readout (two TIAs + subtractor, <c>current-subtractor</c>), one per output,
/// operated once per read; every crossbar row → an inverter driver per tile row when the design has inverter drivers
/// (ideal drivers are the array's sources: their power is the array's); relu → <c>relu</c>, abs → <c>abs</c>,
/// boundedLinearTanh → <c>bounded-tanh</c>, sigmoid → <c>general-sigmoid</c>, tanh → <c>tanh-amp</c>, avgPool2d →
/// <c>avg-pool</c> and maxPool2d → <c>max-pool</c> per output element, globalAvgPool → <c>gap</c> per channel,
/// layerNorm → <c>normalisation</c> per element. A module after a convolution works pixel by pixel: one instance per
/// channel, operated once per element.
/// </summary>
public static class PeripheryPlan
{
    /// <summary>The module of each non-crossbar layer type.</summary>
    public static string? ModuleOf(LayerOp op) => op switch
    {
        ActivationLayer { Kind: ActivationKind.Relu } => "relu",
        ActivationLayer { Kind: ActivationKind.Abs } => "abs",
        ActivationLayer { Kind: ActivationKind.BoundedLinearTanh } => "bounded-tanh",
        ActivationLayer { Kind: ActivationKind.Sigmoid } => "general-sigmoid",
        ActivationLayer { Kind: ActivationKind.Tanh } => "tanh-amp",
        AveragePool2dLayer => "avg-pool",
        MaxPool2dLayer => "max-pool",
        GlobalAveragePoolLayer => "gap",
        LayerNormLayer => "normalisation",
        _ => null,
    };

    /// <summary>Every peripheral module use of <paramref name="graph"/>, in layer order.</summary>
    /// <param name="graph">The network (sequential).</param>
    /// <param name="tileRows">Physical rows (Σ over tiles) of each crossbar layer, by name.</param>
    /// <param name="inverterDrivers">True when the design drives its rows with CMOS inverters.</param>
    /// <exception cref="InputException">A layer with no circuit (LSTM).</exception>
    public static IReadOnlyList<PeripheryUse> Uses(NetworkGraph graph, IReadOnlyDictionary<string, long> tileRows, bool inverterDrivers)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(tileRows);
        var shapes = graph.InferShapes();
        var uses = new List<PeripheryUse>();
        var spatial = false;
        foreach (var layer in graph.Layers)
        {
            var output = shapes[layer.Outputs[0]];
            switch (layer.Op)
            {
                case DenseLayer or Conv2dLayer:
                {
                    var reads = CrossbarReadEnergy.ReadsPerInference(layer, shapes);
                    var outputs = layer.Op is Conv2dLayer ? output[0] : output.ElementCount;
                    uses.Add(new PeripheryUse(layer.Name, "readout", "current-subtractor", outputs, (long)outputs * reads,
                        Text($"one per output, {reads} read(s)")));
                    if (inverterDrivers)
                    {
                        var rows = tileRows[layer.Name];
                        uses.Add(new PeripheryUse(layer.Name, "row driver", "inverter-driver", rows, rows * reads, Text($"one per tile row, {reads} read(s)")));
                    }

                    spatial = layer.Op is Conv2dLayer;
                    break;
                }

                case LstmLayer or BidirectionalLstmLayer:
                    throw new InputException(new SourceLocation(null, Field: layer.Name), "the energy report handles dense and conv2d networks; LSTM layers are not supported yet");
                case FlattenLayer:
                    spatial = false;
                    break;
                default:
                {
                    var module = ModuleOf(layer.Op)
                        ?? throw new InputException(new SourceLocation(null, Field: layer.Name), $"no peripheral circuit for layer type {layer.Op.TypeName}");
                    var elements = output.ElementCount;
                    var perChannel = spatial && (layer.Op is ActivationLayer or LayerNormLayer) && output.Rank == 3;
                    var instances = perChannel ? output[0] : elements;
                    uses.Add(new PeripheryUse(layer.Name, Role(layer.Op), module, instances, elements,
                        perChannel ? "one per channel, pixel by pixel" : "one per output element"));
                    spatial = output.Rank == 3 && layer.Op is not GlobalAveragePoolLayer;
                    break;
                }
            }
        }

        return uses;
    }

    /// <summary>The distinct characterised modules <paramref name="uses"/> need, in first-use order.</summary>
    public static IReadOnlyList<PeripheryModule> ModulesOf(IEnumerable<PeripheryUse> uses)
    {
        ArgumentNullException.ThrowIfNull(uses);
        return [.. uses.Select(u => u.Module).Distinct().Select(m => PeripheryModules.Find(m) ?? throw new InvalidOperationException($"module {m} is not in the catalog"))];
    }

    private static string Role(LayerOp op) => op switch
    {
        ActivationLayer => "activation",
        Pool2dLayer or GlobalAveragePoolLayer => "pooling",
        _ => "normalisation",
    };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
