using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Core.Tests.Network;

/// <summary>Small layers with ramp weights for the IR tests.</summary>
internal static class Layers
{
    public static WeightMatrix Matrix(string name, int outputs, int inputs) =>
        new(name, outputs, inputs, [.. Enumerable.Range(0, outputs * inputs).Select(k => k * 0.01)]);

    public static DenseLayer Dense(int inputs, int outputs) => new(Matrix("w", outputs, inputs), null);

    public static Tensor Kernel(int outChannels, int inChannels, int height, int width) =>
        new("k", new TensorShape(outChannels, inChannels, height, width), [.. Enumerable.Range(0, outChannels * inChannels * height * width).Select(k => (double)k)]);

    public static LstmCell Cell(int inputs, int hidden) =>
        new(Matrix("wih", 4 * hidden, inputs), Matrix("whh", 4 * hidden, hidden), null, null);

    public static LayerNode Node(string name, LayerOp op, string input, string? output = null) =>
        new() { Name = name, Op = op, Inputs = [input], Outputs = [output ?? name] };
}
