namespace CrossbarSpice.Circuits.Layers.MatMul;

/// <summary>
/// A product's lanes (<see cref="Stages.MatMulStage"/>): a[…, M, K] times b[…, K, N] is one lane per output element
/// (batch s, row i, column j), in the output's row-major order, reading the row a[s, i, :] and the column b[s, :, j].
/// </summary>
/// <param name="batches">Leading elements (heads side by side).</param>
/// <param name="rows">M.</param>
/// <param name="terms">K.</param>
/// <param name="columns">N.</param>
public sealed class ProductLanes(int batches, int rows, int terms, int columns) : StageLanes
{
    /// <inheritdoc />
    public override int Count => batches * rows * columns;

    /// <summary>A product reads two tensors; the levels call <see cref="LaneInput"/>.</summary>
    /// <exception cref="ArgumentException">Always.</exception>
    public override T[] Input<T>(T[] x, int lane, T zero) =>
        throw new ArgumentException("a product's lanes read two inputs", nameof(x));

    /// <summary>[a[s, i, 0…K−1], b[s, 0…K−1, j]] for lane (s, i, j).</summary>
    public override T[] LaneInput<T>(IReadOnlyList<T[]> inputs, int lane, T zero)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count != 2)
        {
            throw new ArgumentException($"a product's lanes read two inputs, got {inputs.Count}", nameof(inputs));
        }

        var s = lane / (rows * columns);
        var i = lane / columns % rows;
        var j = lane % columns;
        var vector = new T[2 * terms];
        for (var q = 0; q < terms; q++)
        {
            vector[q] = inputs[0][(s * rows * terms) + (i * terms) + q];
            vector[terms + q] = inputs[1][(s * terms * columns) + (q * columns) + j];
        }

        return vector;
    }
}
