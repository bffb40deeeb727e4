namespace CrossbarSpice.Circuits.Layers.Dense;

/// <summary>A dense crossbar's lanes: one per vector on the last axis (one for a feature vector, one per token of a
/// [H, W, C] token grid; outputs [H, W, C_out]).</summary>
/// <param name="features">Input features per lane.</param>
/// <param name="elements">Elements of the input tensor.</param>
public sealed class TokenLanes(int features, int elements) : StageLanes
{
    /// <inheritdoc />
    public override int Count => elements / features;

    /// <inheritdoc />
    public override T[] Input<T>(T[] x, int lane, T zero) =>
        x.Length == features ? x : x.AsSpan(lane * features, features).ToArray();
}
