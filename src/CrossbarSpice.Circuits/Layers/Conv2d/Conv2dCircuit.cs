using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Conv2d;

/// <summary>
/// A convolution: its im2col matrix [outC × inC·kH·kW] on one crossbar, read once per output pixel with that pixel's
/// patch (channel, kernel row, kernel column order, zero padding), [P3]'s kernel crossbar.
/// </summary>
public sealed class Conv2dCircuit : CrossbarLayerCircuit<Conv2dLayer>
{
    /// <inheritdoc />
    public override IReadOnlyList<CrossbarMatrix> CrossbarMatrices(LayerNode layer)
    {
        var conv = Op(layer);
        return [new(layer.Name, layer.Name, "conv2d", conv.ToIm2colMatrix(), conv.Bias)];
    }

    /// <inheritdoc />
    public override StageLanes Lanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        return stage is CrossbarStage ? new PatchLanes(Op(layer), shapes[layer.Inputs[0]], shapes[layer.Outputs[0]]) : StageLanes.None;
    }

    /// <inheritdoc />
    public override double[] Wired(LayerNode layer, double[] x, WiredEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var conv = Op(layer);
        var crossbar = evaluation.Crossbars[layer.Name];
        var inShape = evaluation.InputShape(layer);
        var outShape = evaluation.OutputShape(layer);
        int channels = inShape[0], height = inShape[1], width = inShape[2];
        int outHeight = outShape[1], outWidth = outShape[2], plane = outHeight * outWidth;
        var patch = new double[crossbar.Inputs];
        var column = new double[crossbar.Outputs];
        var y = new double[crossbar.Outputs * plane];
        for (var i = 0; i < outHeight; i++)
        {
            for (var j = 0; j < outWidth; j++)
            {
                Im2Col.Patch(conv, x, channels, height, width, i, j, patch, 0.0);
                crossbar.Read(patch, column);
                for (var o = 0; o < column.Length; o++)
                {
                    y[(o * plane) + (i * outWidth) + j] = column[o];
                }
            }
        }

        return y;
    }

    /// <inheritdoc />
    public override int ReadsPerInference(LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(shapes);
        return shapes[layer.Outputs[0]][1] * shapes[layer.Outputs[0]][2];
    }

    /// <inheritdoc />
    public override IEnumerable<double[]> Reads(LayerNode layer, int cell, double[] x, double[] y, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        var lanes = new PatchLanes(Op(layer), shapes[layer.Inputs[0]], shapes[layer.Outputs[0]]);
        for (var lane = 0; lane < lanes.Count; lane++)
        {
            yield return lanes.Input(x, lane);
        }
    }

    /// <inheritdoc />
    public override string? TableThreeCategory(LayerNode layer, TableThreePosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var conv = Op(layer);
        return position.IsFirstCrossbar && conv.Stride == conv.KernelSize ? TableThree.PatchEmbedding : TableThree.Other;
    }

    /// <inheritdoc />
    protected override int Inputs(Conv2dLayer op) => op.InChannels * op.KernelSize.Height * op.KernelSize.Width;

    /// <inheritdoc />
    protected override int Outputs(Conv2dLayer op) => op.OutChannels;

    /// <inheritdoc />
    protected override int OutputAxis(TensorShape output) => 0;

    /// <inheritdoc />
    protected override int? StreamedAxis(TensorShape output, int reads) => 0;
}
