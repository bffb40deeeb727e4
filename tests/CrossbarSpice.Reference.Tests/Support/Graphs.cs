using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Reference.Tests.Support;

/// <summary>Small hand-written networks and tensors for the op tests.</summary>
internal static class Graphs
{
    /// <summary>A network of one layer "op" reading input "x" of <paramref name="shape"/>.</summary>
    public static NetworkGraph Single(LayerOp op, params int[] shape) => new()
    {
        Name = "single",
        Inputs = [new NetworkInput("x", new TensorShape(shape))],
        Layers = [new LayerNode { Name = "op", Op = op, Inputs = ["x"], Outputs = ["y"] }],
        Outputs = ["y"],
    };

    /// <summary>A tensor named "x".</summary>
    public static Tensor Tensor(int[] shape, params double[] values) => new("x", new TensorShape(shape), values);

    /// <summary>A weight matrix [outputs × inputs].</summary>
    public static WeightMatrix Matrix(int outputs, int inputs, params double[] values) => new("w", outputs, inputs, values);

    /// <summary>A bias vector.</summary>
    public static BiasVector Bias(params double[] values) => new("b", values);

    /// <summary>Deterministic pseudo-random values in [−1, 1).</summary>
    public static double[] Random(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 2) - 1)];
    }
}
