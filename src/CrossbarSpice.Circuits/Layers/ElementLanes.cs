namespace CrossbarSpice.Circuits.Layers;

/// <summary>An element-wise stage's lanes: one per element, one input each.</summary>
/// <param name="elements">Elements of the input tensor.</param>
public sealed class ElementLanes(int elements) : StageLanes
{
    /// <inheritdoc />
    public override int Count => elements;

    /// <inheritdoc />
    public override T[] Input<T>(T[] x, int lane, T zero) => [x[lane]];
}
