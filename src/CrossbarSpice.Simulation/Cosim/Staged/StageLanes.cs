using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Simulation.Cosim.Staged;

/// <summary>
/// How a stage's input tensor is cut into lanes (the input vectors one copy of the stage's circuit sees) and how the
/// lanes' outputs are put back into the stage's output tensors. Dense: one lane per vector on the last axis (one for a
/// feature vector, one per token of a [H, W, C] token grid, outputs [H, W, C_out]); convolution: one im2col patch per
/// output pixel (channel, kernel row, kernel column; zero padding), outputs [C_out, H', W']; element-wise: one lane per
/// element; average pooling: one window per output element (padded positions at 0); global average: one lane per
/// channel. Tensors are row-major [C, H, W], values in network units.
/// </summary>
internal sealed class StageLanes
{
    private readonly CircuitStage stage;
    private readonly LayerOp op;
    private readonly TensorShape inShape;
    private readonly TensorShape outShape;

    /// <summary>Lanes of <paramref name="stage"/>, whose first layer is <paramref name="layer"/>.</summary>
    public StageLanes(CircuitStage stage, LayerNode layer, IReadOnlyDictionary<string, TensorShape> shapes)
    {
        this.stage = stage;
        op = layer.Op;
        inShape = shapes[layer.Inputs[0]];
        outShape = shapes[layer.Outputs[0]];
    }

    /// <summary>Lanes per sample.</summary>
    public int Count => stage switch
    {
        CrossbarStage when op is Conv2dLayer => outShape[1] * outShape[2],
        CrossbarStage when op is DenseLayer dense => inShape.ElementCount / dense.InputFeatures,
        CrossbarStage => 1,
        ElementStage => inShape.ElementCount,
        AverageStage when op is GlobalAveragePoolLayer => inShape[0],
        AverageStage => outShape.ElementCount,
        _ => 0,
    };

    /// <summary>Input vector of lane <paramref name="lane"/> of tensor <paramref name="x"/> (values, or net names); <paramref name="zero"/> fills padding.</summary>
    public T[] Input<T>(T[] x, int lane, T zero)
    {
        switch (op)
        {
            case Conv2dLayer conv:
                return Patch(conv, x, lane, zero);
            case DenseLayer dense:
                return x.Length == dense.InputFeatures ? x : x.AsSpan(lane * dense.InputFeatures, dense.InputFeatures).ToArray();
            case AveragePool2dLayer pool:
                return Window(pool, x, lane, zero);
            case GlobalAveragePoolLayer:
                var per = x.Length / inShape[0];
                return x.AsSpan(lane * per, per).ToArray();
            default:
                return [x[lane]];
        }
    }

    /// <summary>Input vector of lane <paramref name="lane"/> of tensor <paramref name="x"/>, padding at 0.</summary>
    public double[] Input(double[] x, int lane) => Input(x, lane, 0.0);

    /// <summary>Puts lane outputs (per lane: per output, e.g. <c>[readout, activation]</c> → values) into tensors, one per computed layer.</summary>
    public T[][] Assemble<T>(IReadOnlyList<T[][]> lanes)
    {
        var layers = lanes[0].Length;
        var result = new T[layers][];
        for (var l = 0; l < layers; l++)
        {
            if (op is Conv2dLayer)
            {
                var channels = lanes[0][l].Length;
                var plane = lanes.Count;
                result[l] = new T[channels * plane];
                for (var p = 0; p < plane; p++)
                {
                    for (var o = 0; o < channels; o++)
                    {
                        result[l][(o * plane) + p] = lanes[p][l][o];
                    }
                }
            }
            else
            {
                result[l] = lanes.SelectMany(lane => lane[l]).ToArray();
            }
        }

        return result;
    }

    private T[] Patch<T>(Conv2dLayer conv, T[] x, int lane, T zero)
    {
        int channels = inShape[0], height = inShape[1], width = inShape[2];
        int kh = conv.KernelSize.Height, kw = conv.KernelSize.Width;
        int i = lane / outShape[2], j = lane % outShape[2];
        var patch = new T[channels * kh * kw];
        var p = 0;
        for (var c = 0; c < channels; c++)
        {
            for (var ky = 0; ky < kh; ky++)
            {
                for (var kx = 0; kx < kw; kx++, p++)
                {
                    var r = (i * conv.Stride.Height) - conv.Padding.Height + ky;
                    var s = (j * conv.Stride.Width) - conv.Padding.Width + kx;
                    patch[p] = r >= 0 && r < height && s >= 0 && s < width ? x[(((c * height) + r) * width) + s] : zero;
                }
            }
        }

        return patch;
    }

    private T[] Window<T>(AveragePool2dLayer pool, T[] x, int lane, T zero)
    {
        int height = inShape[1], width = inShape[2], outHeight = outShape[1], outWidth = outShape[2];
        int c = lane / (outHeight * outWidth), i = lane / outWidth % outHeight, j = lane % outWidth;
        int kh = pool.Kernel.Height, kw = pool.Kernel.Width;
        var window = new T[kh * kw];
        for (var ky = 0; ky < kh; ky++)
        {
            for (var kx = 0; kx < kw; kx++)
            {
                var r = (i * pool.Stride.Height) - pool.Padding.Height + ky;
                var s = (j * pool.Stride.Width) - pool.Padding.Width + kx;
                window[(ky * kw) + kx] = r >= 0 && r < height && s >= 0 && s < width ? x[(((c * height) + r) * width) + s] : zero;
            }
        }

        return window;
    }
}
