using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Compilation;

/// <summary>
/// A matrix–vector product of the network that runs on a crossbar: a dense layer; a convolution as its im2col
/// matrix [outC × inC·kH·kW] (one crossbar evaluated per output position); an LSTM cell ([P0] eq. 7, Fig. 6(a))
/// as [W_ih | W_hh] of [4H × (I + H)] with bias b_ih + b_hh: rows of the crossbar [x_t; h_{t−1}; 1], outputs the gate
/// pre-activations in PyTorch order i, f, g, o (H each), one crossbar read per time step.
/// </summary>
/// <param name="Name">Crossbar name: the layer name; for a bidirectional LSTM "layer/forward" and "layer/backward";
/// for a BiLSTM2D "layer/vertical/forward", "layer/vertical/backward", "layer/horizontal/forward",
/// "layer/horizontal/backward" (the names the software reference's <c>CrossbarWeights</c> uses).</param>
/// <param name="Layer">The layer it belongs to.</param>
/// <param name="Kind">"dense", "conv2d" or "lstm".</param>
/// <param name="Weights">The matrix, [outputs × inputs].</param>
/// <param name="Bias">The bias, or null.</param>
public sealed record CrossbarMatrix(string Name, string Layer, string Kind, WeightMatrix Weights, BiasVector? Bias)
{
    /// <summary>The crossbar matrices of a layer (its catalog entry's, <see cref="LayerCircuit.CrossbarMatrices"/>);
    /// empty for layers that run on periphery circuits only.</summary>
    public static IReadOnlyList<CrossbarMatrix> Of(LayerNode layer) => LayerCircuits.For(layer).CrossbarMatrices(layer);
}
