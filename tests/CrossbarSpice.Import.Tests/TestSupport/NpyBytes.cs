using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CrossbarSpice.Import.Tests.TestSupport;

/// <summary>Writes .npy / .npz bytes per the NumPy format spec, independently of the readers under test.</summary>
internal static class NpyBytes
{
    /// <summary>A little-endian float64 array.</summary>
    public static byte[] F8(int[] shape, params double[] values)
    {
        var data = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(i * 8), values[i]);
        }

        return Array("<f8", shape, data);
    }

    /// <summary>A little-endian float32 array.</summary>
    public static byte[] F4(int[] shape, params double[] values)
    {
        var data = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(i * 4), (float)values[i]);
        }

        return Array("<f4", shape, data);
    }

    /// <summary>A float64 array filled with ramp(scale, offset): value[k] = k·scale + offset.</summary>
    public static byte[] Ramp(int[] shape, double scale = 0.01, double offset = 0) =>
        F8(shape, Values.Ramp(shape.Aggregate(1, (a, b) => a * b), scale, offset));

    /// <summary>An array with a standard header dict for <paramref name="descr"/> and raw <paramref name="data"/>.</summary>
    public static byte[] Array(string descr, int[] shape, byte[] data, bool fortran = false, int version = 1) =>
        WithHeader(Header(descr, shape, fortran), data, version);

    /// <summary>The header dict text NumPy writes, e.g. <c>{'descr': '&lt;f8', 'fortran_order': False, 'shape': (3, 4), }</c>.</summary>
    public static string Header(string descr, int[] shape, bool fortran = false)
    {
        var dims = shape.Length == 1
            ? shape[0].ToString(CultureInfo.InvariantCulture) + ","
            : string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        return $"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': ({dims}), }}";
    }

    /// <summary>Magic, version, header (padded to 64 bytes with spaces and a newline) and data.</summary>
    public static byte[] WithHeader(string header, byte[] data, int version = 1)
    {
        var prefix = version == 1 ? 10 : 12;
        var text = header;
        while ((prefix + text.Length + 1) % 64 != 0)
        {
            text += " ";
        }

        text += "\n";
        var headerBytes = Encoding.Latin1.GetBytes(text);
        var result = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', (byte)version, 0 };
        var length = new byte[version == 1 ? 2 : 4];
        if (version == 1)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)headerBytes.Length);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)headerBytes.Length);
        }

        result.AddRange(length);
        result.AddRange(headerBytes);
        result.AddRange(data);
        return [.. result];
    }

    /// <summary>A zip of <c>name.npy</c> entries (names given without .npy unless they already end with it).</summary>
    public static byte[] Npz(CompressionLevel level, params (string Name, byte[] Npy)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, npy) in entries)
            {
                var entry = zip.CreateEntry(name.Contains('.', StringComparison.Ordinal) && name.EndsWith(".npy", StringComparison.Ordinal) ? name : name + ".npy", level);
                using var stream = entry.Open();
                stream.Write(npy);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A stored (uncompressed) npz.</summary>
    public static byte[] Npz(params (string Name, byte[] Npy)[] entries) => Npz(CompressionLevel.NoCompression, entries);
}
