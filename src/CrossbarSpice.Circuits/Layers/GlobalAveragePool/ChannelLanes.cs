namespace CrossbarSpice.Circuits.Layers.GlobalAveragePool;

/// <summary>A global average's lanes: one per channel of [C, rest…], its elements the lane's inputs.</summary>
/// <param name="channels">C.</param>
public sealed class ChannelLanes(int channels) : StageLanes
{
    /// <inheritdoc />
    public override int Count => channels;

    /// <inheritdoc />
    public override T[] Input<T>(T[] x, int lane, T zero)
    {
        var per = x.Length / channels;
        return x.AsSpan(lane * per, per).ToArray();
    }
}
