using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Ops;

/// <summary>Axis reordering (PyTorch <c>permute</c>, ONNX Transpose): output axis i is input axis perm[i]; values are copied unchanged.</summary>
public static class PermuteForward
{
    /// <summary>Computes the layer.</summary>
    /// <param name="layer">The permutation.</param>
    /// <param name="input">A tensor whose rank is the permutation's length.</param>
    /// <param name="outputName">Name of the result.</param>
    /// <exception cref="ReferenceException">The input's rank does not fit.</exception>
    public static Tensor Apply(PermuteLayer layer, Tensor input, string outputName)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var shape = VectorMath.OutputShape(layer, input);
        var rank = shape.Rank;

        // Input stride of each output axis, then walk the output in row-major order with an odometer.
        var inputStrides = new int[input.Shape.Rank];
        var stride = 1;
        for (var axis = rank - 1; axis >= 0; axis--)
        {
            inputStrides[axis] = stride;
            stride *= input.Shape[axis];
        }

        var strides = layer.Permutation.Select(axis => inputStrides[axis]).ToArray();
        var x = input.Values;
        var y = new double[x.Length];
        var index = new int[rank];
        var source = 0;
        for (var target = 0; target < y.Length; target++)
        {
            y[target] = x[source];
            for (var axis = rank - 1; axis >= 0; axis--)
            {
                index[axis]++;
                source += strides[axis];
                if (index[axis] < shape[axis])
                {
                    break;
                }

                source -= strides[axis] * shape[axis];
                index[axis] = 0;
            }
        }

        return new Tensor(outputName, shape, y);
    }
}
