using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Conv2d;

/// <summary>A convolution crossbar's lanes: one im2col patch per output pixel (<see cref="Im2Col"/>); outputs
/// [C_out, H', W'].</summary>
/// <param name="conv">The convolution.</param>
/// <param name="inShape">Its input [C, H, W].</param>
/// <param name="outShape">Its output [C_out, H', W'].</param>
public sealed class PatchLanes(Conv2dLayer conv, TensorShape inShape, TensorShape outShape) : StageLanes
{
    /// <inheritdoc />
    public override int Count => outShape[1] * outShape[2];

    /// <inheritdoc />
    public override T[] Input<T>(T[] x, int lane, T zero)
    {
        var patch = new T[inShape[0] * conv.KernelSize.Height * conv.KernelSize.Width];
        Im2Col.Patch(conv, x, inShape[0], inShape[1], inShape[2], lane / outShape[2], lane % outShape[2], patch, zero);
        return patch;
    }

    /// <summary>Channel-major: lane p's output o goes to [o, p].</summary>
    public override T[][] Assemble<T>(IReadOnlyList<T[][]> lanes)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        var layers = lanes[0].Length;
        var result = new T[layers][];
        for (var l = 0; l < layers; l++)
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

        return result;
    }
}
