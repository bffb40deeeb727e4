using System.Buffers.Binary;
using System.IO.Compression;

namespace CrossbarSpice.Import.Tests.Data;

/// <summary>Builds IDX files byte by byte (big-endian header as in LeCun's MNIST format description).</summary>
internal static class IdxBytes
{
    /// <summary>An unsigned-byte IDX file with the given dimensions and elements.</summary>
    public static byte[] UnsignedBytes(int[] dimensions, byte[] data, byte type = 0x08)
    {
        var bytes = new byte[4 + (4 * dimensions.Length) + data.Length];
        bytes[2] = type;
        bytes[3] = (byte)dimensions.Length;
        for (var axis = 0; axis < dimensions.Length; axis++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + (4 * axis)), dimensions[axis]);
        }

        data.CopyTo(bytes, 4 + (4 * dimensions.Length));
        return bytes;
    }

    /// <summary>The bytes gzip-compressed, as the Debian package ships them.</summary>
    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
