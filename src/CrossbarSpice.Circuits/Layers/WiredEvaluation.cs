using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>What a layer needs to compute itself at the <c>wired</c> level: its tensors' shapes and its compiled
/// crossbars, read exactly (every other circuit is ideal at that level).</summary>
/// <param name="Shapes">Every tensor's shape.</param>
/// <param name="Crossbars">The compiled crossbars by name (the names of <see cref="LayerCircuit.CrossbarMatrices"/>).</param>
public sealed record WiredEvaluation(IReadOnlyDictionary<string, TensorShape> Shapes, IReadOnlyDictionary<string, ICrossbarRead> Crossbars)
{
    /// <summary>The shape of <paramref name="layer"/>'s (first) input.</summary>
    public TensorShape InputShape(LayerNode layer) => Shapes[layer.Inputs[0]];

    /// <summary>The shape of <paramref name="layer"/>'s output.</summary>
    public TensorShape OutputShape(LayerNode layer) => Shapes[layer.Outputs[0]];
}
