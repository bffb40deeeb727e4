namespace CrossbarSpice.Circuits.Layers.Affine;

/// <summary>
/// A per-channel stage's lanes over [C, rest…] (or a vector [C]): one lane per position of the rest, lane p reading
/// element p of every channel (x[c·P + p] for c = 0…C−1) and its output c going back to [c, p].
/// </summary>
/// <param name="channels">C.</param>
/// <param name="positions">P, the elements of one channel (1 for a vector).</param>
public sealed class PositionLanes(int channels, int positions) : StageLanes
{
    /// <inheritdoc />
    public override int Count => positions;

    /// <inheritdoc />
    public override T[] Input<T>(T[] x, int lane, T zero)
    {
        ArgumentNullException.ThrowIfNull(x);
        var vector = new T[channels];
        for (var c = 0; c < channels; c++)
        {
            vector[c] = x[(c * positions) + lane];
        }

        return vector;
    }

    /// <summary>Channel-major: lane p's output c goes to [c, p].</summary>
    public override T[][] Assemble<T>(IReadOnlyList<T[][]> lanes)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        var layers = lanes[0].Length;
        var result = new T[layers][];
        for (var l = 0; l < layers; l++)
        {
            result[l] = new T[channels * positions];
            for (var p = 0; p < positions; p++)
            {
                for (var c = 0; c < channels; c++)
                {
                    result[l][(c * positions) + p] = lanes[p][l][c];
                }
            }
        }

        return result;
    }
}
