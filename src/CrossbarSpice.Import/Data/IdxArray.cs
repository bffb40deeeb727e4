using System.Collections.Immutable;

namespace CrossbarSpice.Import.Data;

/// <summary>
/// The contents of one IDX file (the MNIST / Fashion-MNIST container): its dimensions and its unsigned-byte
/// elements, row-major (last index fastest).
/// </summary>
public sealed class IdxArray
{
    private readonly byte[] data;

    internal IdxArray(string file, ImmutableArray<int> dimensions, byte[] data)
    {
        File = file;
        Dimensions = dimensions;
        this.data = data;
    }

    /// <summary>The file it was read from, as given to the reader.</summary>
    public string File { get; }

    /// <summary>Dimensions, outermost first (e.g. [10000, 28, 28] for images, [10000] for labels); each ≥ 0.</summary>
    public ImmutableArray<int> Dimensions { get; }

    /// <summary>The elements (unsigned bytes, 0–255), row-major; length = product of <see cref="Dimensions"/>.</summary>
    public ReadOnlySpan<byte> Data => data;

    /// <summary>Number of elements.</summary>
    public int Length => data.Length;
}
