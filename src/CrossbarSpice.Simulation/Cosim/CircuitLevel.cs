using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Simulation.Cosim;

/// <summary>
/// The <c>wired</c> level of a sequential network: dense layers read through their compiled crossbar (once per token
/// when the input has leading axes), convolutions one im2col patch (channel, kernel row, kernel column order, zero
/// padding) per output pixel through theirs, LSTM layers (lstm, bilstm, bilstm2d) one crossbar read per cell and time step with ideal gate periphery
/// (<see cref="LstmCellCircuit"/>), every other layer by <see cref="IdealPeriphery"/>. Thread-safe.
/// </summary>
internal sealed class CircuitLevel : ILevelForward, IDisposable
{
    private readonly NetworkGraph graph;
    private readonly IReadOnlyDictionary<string, TensorShape> shapes;
    private readonly Dictionary<string, CrossbarReadout> crossbars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LstmCellCircuit[]> cells = new(StringComparer.Ordinal);

    /// <summary>Prepares every crossbar of <paramref name="plan"/> for <paramref name="graph"/>.</summary>
    /// <exception cref="InputException">A layer the circuit path cannot compute, or a crossbar missing from the plan.</exception>
    public CircuitLevel(NetworkGraph graph, ConductancePlan plan, DesignManifest manifest, string designRoot)
    {
        var scales = manifest.Layers.SelectMany(l => l.Crossbars).ToDictionary(c => c.Name, c => c.InputVoltsPerUnit, StringComparer.Ordinal);
        this.graph = graph;
        shapes = graph.InferShapes();
        foreach (var layer in graph.Layers)
        {
            switch (layer.Op)
            {
                case DenseLayer or Conv2dLayer:
                    Readout(layer.Name);
                    break;
                case LstmLayer or BidirectionalLstmLayer or BiLstm2dLayer:
                    // One crossbar per cell, in the compiler's order: forward before backward, vertical before horizontal.
                    var inputSize = layer.Op switch { LstmLayer l => l.Cell.InputSize, BidirectionalLstmLayer b => b.InputSize, _ => ((BiLstm2dLayer)layer.Op).InputSize };
                    cells.Add(layer.Name, [.. CrossbarMatrix.Of(layer).Select(m => new LstmCellCircuit(Readout(m.Name), inputSize))]);
                    break;
                case ActivationLayer or Pool2dLayer or FlattenLayer or GlobalAveragePoolLayer or LayerNormLayer or PermuteLayer:
                    break;
                default:
                    throw new InputException(new SourceLocation(designRoot, Field: layer.Name), $"cosim handles sequential dense/conv/LSTM networks; layer type {layer.Op.TypeName} is not supported by the circuit path yet");
            }
        }

        CrossbarReadout Readout(string name)
        {
            var layerPlan = plan.Layers.FirstOrDefault(l => l.Name == name)
                ?? throw new InputException(new SourceLocation(designRoot, Field: name), "no crossbar of that name in the design's conductance plan (recompile the design)");
            var readout = new CrossbarReadout(layerPlan, manifest.Options, scales.GetValueOrDefault(name, manifest.Options.InputVoltsPerUnit));
            crossbars.Add(name, readout);
            return readout;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<double[]> Forward(double[] input)
    {
        var outputs = new List<double[]>(graph.Layers.Count);
        var x = input;
        foreach (var layer in graph.Layers)
        {
            var inShape = shapes[layer.Inputs[0]];
            var outShape = shapes[layer.Outputs[0]];
            x = layer.Op switch
            {
                DenseLayer => Dense(crossbars[layer.Name], x),
                Conv2dLayer conv => Convolve(crossbars[layer.Name], conv, x, inShape, outShape),
                ActivationLayer activation => IdealPeriphery.Activate(activation, x),
                Pool2dLayer pool => IdealPeriphery.Pool(pool, x, inShape[0], inShape[1], inShape[2], outShape[1], outShape[2]),
                FlattenLayer => (double[])x.Clone(),
                GlobalAveragePoolLayer => IdealPeriphery.GlobalAverage(x, inShape[0]),
                LayerNormLayer norm => IdealPeriphery.Normalise(norm, x),
                PermuteLayer permute => IdealPeriphery.Permute(permute, x, inShape.Dimensions),
                LstmLayer lstm => LstmLayerCircuits.Lstm(lstm, cells[layer.Name][0], x),
                BidirectionalLstmLayer bi => LstmLayerCircuits.Bidirectional(bi, cells[layer.Name][0], cells[layer.Name][1], x),
                BiLstm2dLayer => LstmLayerCircuits.Grid(cells[layer.Name], x, inShape[0], inShape[1]),
                _ => throw new InvalidOperationException($"layer {layer.Name} was accepted but has no circuit"),
            };
            outputs.Add(x);
        }

        return outputs;
    }

    /// <summary>Frees the crossbars' factorisations.</summary>
    public void Dispose()
    {
        foreach (var crossbar in crossbars.Values)
        {
            crossbar.Dispose();
        }
    }

    private static double[] Dense(CrossbarReadout crossbar, double[] x)
    {
        // A dense layer acts on the last axis: tokens [H, W, C] are read one after another through the same crossbar.
        var tokens = x.Length / crossbar.Inputs;
        var y = new double[tokens * crossbar.Outputs];
        for (var t = 0; t < tokens; t++)
        {
            crossbar.Read(x.AsSpan(t * crossbar.Inputs, crossbar.Inputs), y.AsSpan(t * crossbar.Outputs, crossbar.Outputs));
        }

        return y;
    }

    private static double[] Convolve(CrossbarReadout crossbar, Conv2dLayer conv, double[] x, TensorShape inShape, TensorShape outShape)
    {
        int channels = inShape[0], height = inShape[1], width = inShape[2];
        int outHeight = outShape[1], outWidth = outShape[2], plane = outHeight * outWidth;
        var patch = new double[crossbar.Inputs];
        var column = new double[crossbar.Outputs];
        var y = new double[crossbar.Outputs * plane];
        for (var i = 0; i < outHeight; i++)
        {
            for (var j = 0; j < outWidth; j++)
            {
                Im2Col.Patch(conv, x, channels, height, width, i, j, patch);
                crossbar.Read(patch, column);
                for (var o = 0; o < column.Length; o++)
                {
                    y[(o * plane) + (i * outWidth) + j] = column[o];
                }
            }
        }

        return y;
    }
}
