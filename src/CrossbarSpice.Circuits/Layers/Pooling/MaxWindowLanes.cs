using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Pooling;

/// <summary>
/// A voltage selector's lanes: one window per output element; a padded position repeats a real input of its window
/// (a max ignores padding, so no voltage, however low, stands for it, and a repeated input leaves the max unchanged).
/// </summary>
public sealed class MaxWindowLanes(Pool2dLayer pool, TensorShape inShape, TensorShape outShape) : StageLanes
{
    /// <inheritdoc />
    public override int Count => outShape.ElementCount;

    /// <inheritdoc />
    public override T[] Input<T>(T[] x, int lane, T zero) => PoolWindow.OfMax(pool, x, inShape, outShape, lane);
}
