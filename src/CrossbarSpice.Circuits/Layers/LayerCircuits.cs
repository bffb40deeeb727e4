using System.Collections.Concurrent;
using CrossbarSpice.Circuits.Layers.Activation;
using CrossbarSpice.Circuits.Layers.Add;
using CrossbarSpice.Circuits.Layers.Affine;
using CrossbarSpice.Circuits.Layers.Dense;
using CrossbarSpice.Circuits.Layers.GlobalAveragePool;
using CrossbarSpice.Circuits.Layers.Lstm;
using CrossbarSpice.Circuits.Layers.MatMul;
using CrossbarSpice.Circuits.Layers.Normalisation;
using CrossbarSpice.Circuits.Layers.Pooling;
using CrossbarSpice.Circuits.Layers.Softmax;
using CrossbarSpice.Circuits.Layers.Wiring;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Circuits.Layers.Conv2d;

namespace CrossbarSpice.Circuits.Layers;

/// <summary>
/// The registry of the layer-circuit catalog: one line per layer op type. Adding a layer kind is a folder under
/// <c>Layers/</c> with its <see cref="LayerCircuit"/> and one line here (docs/extending.md).
/// </summary>
public static class LayerCircuits
{
    private static readonly ConcurrentDictionary<Type, LayerCircuit> Entries = new(new Dictionary<Type, LayerCircuit>
    {
        [typeof(DenseLayer)] = new DenseCircuit(),
        [typeof(Conv2dLayer)] = new Conv2dCircuit(),
        [typeof(LstmLayer)] = new LstmCircuit(),
        [typeof(BidirectionalLstmLayer)] = new LstmCircuit(),
        [typeof(BiLstm2dLayer)] = new LstmCircuit(),
        [typeof(ActivationLayer)] = new ActivationCircuit(),
        [typeof(AveragePool2dLayer)] = new AveragePoolCircuit(),
        [typeof(MaxPool2dLayer)] = new MaxPoolCircuit(),
        [typeof(GlobalAveragePoolLayer)] = new GlobalAveragePoolCircuit(),
        [typeof(LayerNormLayer)] = new LayerNormCircuit(),
        [typeof(FlattenLayer)] = new FlattenCircuit(),
        [typeof(ReshapeLayer)] = new ReshapeCircuit(),
        [typeof(PermuteLayer)] = new PermuteCircuit(),
        [typeof(AddLayer)] = new AddCircuit(),
        [typeof(SoftmaxLayer)] = new SoftmaxCircuit(),
        [typeof(MatMulLayer)] = new MatMulCircuit(),
        [typeof(AffineLayer)] = new AffineCircuit(),
    });

    /// <summary>True when the catalog has an entry for <paramref name="op"/>'s type.</summary>
    public static bool Has(LayerOp op)
    {
        ArgumentNullException.ThrowIfNull(op);
        return Entries.ContainsKey(op.GetType());
    }

    /// <summary>The entry of <paramref name="op"/>'s type; <see cref="UnknownLayerCircuit"/> for a type the catalog lacks.</summary>
    public static LayerCircuit For(LayerOp op)
    {
        ArgumentNullException.ThrowIfNull(op);
        return Entries.GetValueOrDefault(op.GetType(), UnknownLayerCircuit.Instance);
    }

    /// <summary>
    /// Registers <paramref name="circuit"/> for the op type <typeparamref name="TOp"/> defined outside this project (a
    /// kind of the project itself gets its line in the table above instead). Registering the same entry type again is
    /// a no-op.
    /// </summary>
    /// <exception cref="InvalidOperationException">The op type already has an entry of another type.</exception>
    public static void Register<TOp>(LayerCircuit circuit)
        where TOp : LayerOp
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var entry = Entries.GetOrAdd(typeof(TOp), circuit);
        if (entry.GetType() != circuit.GetType())
        {
            throw new InvalidOperationException($"layer op {typeof(TOp).Name} already has the circuit {entry.GetType().Name}");
        }
    }

    /// <summary>The entry of <paramref name="layer"/>'s op.</summary>
    public static LayerCircuit For(LayerNode layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return For(layer.Op);
    }
}
