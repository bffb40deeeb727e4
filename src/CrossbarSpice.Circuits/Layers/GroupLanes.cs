namespace CrossbarSpice.Circuits.Layers;

/// <summary>Lanes over consecutive groups of a tensor's trailing elements (softmax over the last axis, layer norm over
/// its normalised shape): lane g reads elements g·N … g·N + N − 1 and its outputs go back to the same places.</summary>
/// <param name="elements">Elements of the tensor.</param>
/// <param name="group">N.</param>
public sealed class GroupLanes(int elements, int group) : StageLanes
{
    /// <inheritdoc />
    public override int Count => elements / group;

    /// <inheritdoc />
    public override T[] Input<T>(T[] x, int lane, T zero)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.AsSpan(lane * group, group).ToArray();
    }
}
