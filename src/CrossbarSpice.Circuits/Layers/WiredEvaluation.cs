using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>What a layer needs to compute itself at the <c>wired</c> level: its tensors' shapes and its compiled
/// crossbars, read exactly (every other circuit is ideal at that level).</summary>
/// <param name="Shapes">Every tensor's shape.</param>
/// <param name="Crossbars">The compiled crossbars by name (the names of <see cref="LayerCircuit.CrossbarMatrices"/>).</param>
/// <param name="LayerCrossbars">Each layer's crossbars in the order of <see cref="LayerCircuit.CrossbarMatrices"/>, by
/// layer name (resolved once, so a forward pass does not rebuild the matrices to find their names).</param>
public sealed record WiredEvaluation(
    IReadOnlyDictionary<string, TensorShape> Shapes,
    IReadOnlyDictionary<string, ICrossbarRead> Crossbars,
    IReadOnlyDictionary<string, IReadOnlyList<ICrossbarRead>> LayerCrossbars)
{
    /// <summary>The shape of <paramref name="layer"/>'s (first) input.</summary>
    public TensorShape InputShape(LayerNode layer) => Shapes[layer.Inputs[0]];

    /// <summary>The shape of <paramref name="layer"/>'s output.</summary>
    public TensorShape OutputShape(LayerNode layer) => Shapes[layer.Outputs[0]];
}
