using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.IO;

namespace CrossbarSpice.Import.Data;

/// <summary>
/// Reads IDX files (LeCun's MNIST format, also Fashion-MNIST): a big-endian header — two zero bytes, a data-type byte,
/// the rank — then one big-endian 32-bit size per dimension, then the elements. Only unsigned-byte data (type 0x08,
/// what image and label files use) is accepted. Gzip-compressed files (<c>.gz</c>, recognised by their 1F 8B magic, not
/// the name) are decompressed on the fly. Every problem names the file and what was expected.
/// </summary>
public static class IdxReader
{
    private const int UnsignedByte = 0x08;

    /// <summary>Reads an IDX file, plain or gzip-compressed.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InputException">Unreadable, corrupt gzip, wrong magic, unsupported data type, or a data length
    /// that differs from the header's dimensions (truncated file or trailing bytes).</exception>
    public static IdxArray Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = InputFile.ReadAllBytes(path, "the IDX file");

        return Parse(path, IsGzip(bytes) ? Decompress(path, bytes) : bytes);
    }

    /// <summary>Parses the bytes of an uncompressed IDX file.</summary>
    /// <param name="file">Name used in messages.</param>
    /// <param name="bytes">The whole file.</param>
    /// <exception cref="InputException">Wrong magic, unsupported data type, or a length that differs from the header.</exception>
    public static IdxArray Parse(string file, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (bytes.Length < 4)
        {
            throw Error(file, "header", $"truncated: {Text(bytes.Length)} bytes, an IDX header needs at least 4");
        }

        if (bytes[0] != 0 || bytes[1] != 0)
        {
            throw Error(file, "magic", $"wrong magic {Convert.ToHexString(bytes[..4])}: an IDX file starts with 00 00, then the data type and the rank (e.g. 00000803 for images)");
        }

        if (bytes[2] != UnsignedByte)
        {
            throw Error(file, "magic", $"data type 0x{bytes[2]:X2} ({TypeName(bytes[2])}) is not supported; expected 0x08 (unsigned byte)");
        }

        var rank = bytes[3];
        if (rank == 0)
        {
            throw Error(file, "magic", "rank 0; expected at least one dimension");
        }

        var headerLength = 4 + (4 * rank);
        if (bytes.Length < headerLength)
        {
            throw Error(file, "header", $"truncated: the header of a rank-{Text(rank)} IDX file is {Text(headerLength)} bytes, the file holds {Text(bytes.Length)}");
        }

        var dimensions = ImmutableArray.CreateBuilder<int>(rank);
        long count = 1;
        for (var axis = 0; axis < rank; axis++)
        {
            var size = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(4 + (4 * axis), 4));
            if (size < 0)
            {
                throw Error(file, $"dimension {Text(axis)}", $"size {(uint)size} is too large (at most {Text(int.MaxValue)})");
            }

            dimensions.Add(size);
            count *= size;
            if (count > Array.MaxLength)
            {
                throw Error(file, "header", "the dimensions declare more elements than an array can hold");
            }
        }

        var available = bytes.Length - headerLength;
        if (available != count)
        {
            var declared = $"header declares [{string.Join(", ", dimensions.Select(Text))}] = {count.ToString("N0", CultureInfo.InvariantCulture)} data bytes";
            throw available < count
                ? Error(file, "data", $"truncated: {declared}, the file holds {available.ToString("N0", CultureInfo.InvariantCulture)}")
                : Error(file, "data", $"{declared}, the file holds {(available - count).ToString("N0", CultureInfo.InvariantCulture)} more after them");
        }

        return new IdxArray(file, dimensions.MoveToImmutable(), bytes[headerLength..].ToArray());
    }

    private static bool IsGzip(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    private static byte[] Decompress(string path, byte[] bytes)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new InputException(new SourceLocation(path), $"corrupt or truncated gzip stream: {e.Message}", e);
        }
    }

    private static string TypeName(byte type) => type switch
    {
        0x09 => "signed byte",
        0x0B => "int16",
        0x0C => "int32",
        0x0D => "float32",
        0x0E => "float64",
        _ => "unknown",
    };

    private static InputException Error(string file, string field, string problem) =>
        new(new SourceLocation(file, Field: field), problem);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
