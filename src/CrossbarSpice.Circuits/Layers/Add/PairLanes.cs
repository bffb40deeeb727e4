namespace CrossbarSpice.Circuits.Layers.Add;

/// <summary>A two-input element-wise stage's lanes (the adder): one per element, lane k reading element k of both inputs.</summary>
/// <param name="elements">Elements of each input tensor.</param>
public sealed class PairLanes(int elements) : StageLanes
{
    /// <inheritdoc />
    public override int Count => elements;

    /// <summary>Element <paramref name="lane"/> of a single tensor (the first input alone).</summary>
    public override T[] Input<T>(T[] x, int lane, T zero) => [x[lane]];

    /// <summary>[a[k], b[k]] for lane k of the two inputs a and b.</summary>
    public override T[] LaneInput<T>(IReadOnlyList<T[]> inputs, int lane, T zero)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Count == 2
            ? [inputs[0][lane], inputs[1][lane]]
            : throw new ArgumentException($"an adder's lanes read two inputs, got {inputs.Count}", nameof(inputs));
    }
}
