using System.Globalization;
using CrossbarSpice.Circuits.Compilation;
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
/// boundedLinearTanh → <c>bounded-tanh</c> (slope 1: seed 000's <c>normalisation</c> module, as compiled), sigmoid → <c>general-sigmoid</c>, tanh → <c>tanh-amp</c>, avgPool2d →
/// <c>avg-pool</c> and maxPool2d → <c>max-pool</c> per output element, globalAvgPool → <c>gap</c> per channel,
/// layerNorm → <c>normalisation</c> per element; an LSTM layer → <see cref="LstmCellPeriphery"/> per hidden unit of every
/// cell, operated once per time step; permute and flatten are wiring. A module after a convolution works pixel by
/// pixel, after a dense layer on tokens or an LSTM token by token: one instance per channel (feature), operated once
/// per element.
/// </summary>
public static class PeripheryPlan
{
    /// <summary>The module of each non-crossbar layer type.</summary>
    public static string? ModuleOf(LayerOp op) => op switch
    {
        ActivationLayer { Kind: ActivationKind.Relu } => "relu",
        ActivationLayer { Kind: ActivationKind.Abs } => "abs",
        ActivationLayer { Kind: ActivationKind.BoundedLinearTanh, BoundedLinear.Slope: 1 } => "normalisation",
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
    /// <param name="tileRows">Physical rows (Σ over tiles) of each crossbar, by crossbar name.</param>
    /// <param name="inverterDrivers">True when the design drives its rows with CMOS inverters.</param>
    /// <param name="lstmSigmoids">Sigmoid choice of LSTM layers by layer name (<see cref="LstmSigmoidChoices"/>); absent
    /// layers use <see cref="LstmCellPeriphery.SixTransistor"/>.</param>
    /// <exception cref="InputException">A layer with no circuit.</exception>
    public static IReadOnlyList<PeripheryUse> Uses(
        NetworkGraph graph, IReadOnlyDictionary<string, long> tileRows, bool inverterDrivers, IReadOnlyDictionary<string, string>? lstmSigmoids = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(tileRows);
        var shapes = graph.InferShapes();
        var uses = new List<PeripheryUse>();

        // Axis of the current tensor whose size is the number of circuits when the tensor streams out element group by
        // element group (channels after a convolution, features of tokens); null when every element has its own.
        int? channelAxis = null;
        foreach (var layer in graph.Layers)
        {
            var output = shapes[layer.Outputs[0]];
            switch (layer.Op)
            {
                case DenseLayer or Conv2dLayer:
                {
                    var reads = CrossbarReadEnergy.ReadsPerInference(layer, shapes);
                    var outputs = layer.Op is Conv2dLayer ? output[0] : output[output.Rank - 1];
                    uses.Add(new PeripheryUse(layer.Name, "readout", "current-subtractor", outputs, (long)outputs * reads,
                        Text($"one per output, {reads} read(s)")));
                    AddDrivers(uses, layer.Name, [layer.Name], reads, tileRows, inverterDrivers);
                    channelAxis = layer.Op is Conv2dLayer ? 0 : reads > 1 ? output.Rank - 1 : null;
                    break;
                }

                case LstmLayer or BidirectionalLstmLayer or BiLstm2dLayer:
                {
                    var cells = CrossbarMatrix.Of(layer);
                    var hidden = cells[0].Weights.Outputs / 4;
                    var steps = CrossbarReadEnergy.ReadsPerInference(layer, shapes);
                    var sigmoid = lstmSigmoids?.GetValueOrDefault(layer.Name) ?? LstmCellPeriphery.SixTransistor;
                    foreach (var (role, module, perUnit) in LstmCellPeriphery.PerUnit(sigmoid))
                    {
                        var instances = (long)cells.Count * hidden * perUnit;
                        uses.Add(new PeripheryUse(layer.Name, role, module, instances, instances * steps,
                            Text($"{perUnit} per hidden unit x {hidden} units x {cells.Count} cell(s), {steps} step(s) each")));
                    }

                    AddDrivers(uses, layer.Name, [.. cells.Select(c => c.Name)], steps, tileRows, inverterDrivers);
                    channelAxis = output.Rank > 1 ? output.Rank - 1 : null;
                    break;
                }

                case FlattenLayer:
                    channelAxis = null;
                    break;
                case PermuteLayer permute:
                    // Wiring: the streamed axis moves to where the permutation puts it.
                    channelAxis = channelAxis is { } axis ? permute.Permutation.IndexOf(axis) : null;
                    break;
                default:
                {
                    var module = ModuleOf(layer.Op)
                        ?? throw new InputException(new SourceLocation(null, Field: layer.Name), $"no peripheral circuit for layer type {layer.Op.TypeName}");
                    var elements = output.ElementCount;
                    var perChannel = channelAxis is not null && (layer.Op is ActivationLayer or LayerNormLayer) && channelAxis < output.Rank;
                    var instances = perChannel ? output[channelAxis!.Value] : elements;
                    uses.Add(new PeripheryUse(layer.Name, Role(layer.Op), module, instances, elements,
                        perChannel ? "one per channel, element group by element group" : "one per output element"));
                    channelAxis = layer.Op is GlobalAveragePoolLayer ? null : layer.Op is Pool2dLayer ? (output.Rank == 3 ? 0 : null) : channelAxis;
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

    private static void AddDrivers(List<PeripheryUse> uses, string group, IReadOnlyList<string> crossbars, int reads, IReadOnlyDictionary<string, long> tileRows, bool inverterDrivers)
    {
        if (!inverterDrivers)
        {
            return;
        }

        var rows = crossbars.Sum(c => tileRows[c]);
        uses.Add(new PeripheryUse(group, "row driver", "inverter-driver", rows, rows * reads, Text($"one per tile row, {reads} read(s)")));
    }

    private static string Role(LayerOp op) => op switch
    {
        ActivationLayer => "activation",
        Pool2dLayer or GlobalAveragePoolLayer => "pooling",
        _ => "normalisation",
    };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
