using System.Buffers.Binary;
using System.Text;
using CrossbarSpice.Import.Tests.TestSupport;

namespace CrossbarSpice.Import.Tests.Data;

/// <summary>Builds the arrays of data-set archives (.npy bytes per the NumPy format, independent of the readers).</summary>
internal static class DataSetFiles
{
    /// <summary>A little-endian int64 array.</summary>
    public static byte[] I8(int[] shape, params long[] values)
    {
        var data = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(data.AsSpan(i * 8), values[i]);
        }

        return NpyBytes.Array("<i8", shape, data);
    }

    /// <summary>An unsigned-byte array.</summary>
    public static byte[] U1(int[] shape, params byte[] values) => NpyBytes.Array("|u1", shape, values);

    /// <summary>A NumPy unicode string array <c>&lt;U{width}</c> (UCS-4, NUL-padded), as numpy.array([...]) writes it.</summary>
    public static byte[] Unicode(int width, params string[] values)
    {
        var data = new byte[values.Length * width * 4];
        for (var i = 0; i < values.Length; i++)
        {
            var points = values[i].EnumerateRunes().ToList();
            for (var c = 0; c < points.Count; c++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(((i * width) + c) * 4), points[c].Value);
            }
        }

        return NpyBytes.Array($"<U{width}", [values.Length], data);
    }

    /// <summary>A NumPy byte string array <c>|S{width}</c>.</summary>
    public static byte[] Bytes(int width, params string[] values)
    {
        var data = new byte[values.Length * width];
        for (var i = 0; i < values.Length; i++)
        {
            Encoding.ASCII.GetBytes(values[i]).CopyTo(data, i * width);
        }

        return NpyBytes.Array($"|S{width}", [values.Length], data);
    }
}
