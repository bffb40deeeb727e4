using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Circuits.Layers.Pooling;

/// <summary>An averaging stage's lanes: one window per output element (padded positions at 0).</summary>
public sealed class WindowLanes(Pool2dLayer pool, TensorShape inShape, TensorShape outShape) : StageLanes
{
    /// <inheritdoc />
    public override int Count => outShape.ElementCount;

    /// <inheritdoc />
    public override T[] Input<T>(T[] x, int lane, T zero) => PoolWindow.Of(pool, x, inShape, outShape, lane, zero);
}
