using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace CrossbarSpice.Cosim.Runs;

/// <summary>
/// Writes a two-dimensional float64 array as a NumPy <c>.npy</c> file, format version 1.0: the magic
/// <c>\x93NUMPY</c>, version 1.0, a little-endian uint16 header length, the header dict
/// <c>{'descr': '&lt;f8', 'fortran_order': False, 'shape': (rows, columns), }</c> padded with spaces and a final line
/// feed so that the data starts at a multiple of 64 bytes (as numpy.lib.format writes it), then the values row by row
/// as little-endian IEEE 754 doubles.
/// </summary>
public static class NpyWriter
{
    private const int Alignment = 64;

    /// <summary>The bytes of the .npy file holding <paramref name="values"/> (C order, '&lt;f8').</summary>
    public static byte[] Bytes(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);
        var dictionary = string.Create(CultureInfo.InvariantCulture, $"{{'descr': '<f8', 'fortran_order': False, 'shape': ({rows}, {columns}), }}");
        const int preamble = 10; // magic (6) + version (2) + header length (2)
        var padded = (preamble + dictionary.Length + 1 + Alignment - 1) / Alignment * Alignment;
        var header = dictionary.PadRight(padded - preamble - 1) + "\n";
        var bytes = new byte[padded + (8L * rows * columns)];
        bytes[0] = 0x93;
        "NUMPY"u8.CopyTo(bytes.AsSpan(1));
        bytes[6] = 1;
        bytes[7] = 0;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), checked((ushort)header.Length));
        Encoding.ASCII.GetBytes(header, bytes.AsSpan(preamble));
        var offset = padded;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(offset), values[r, c]);
                offset += 8;
            }
        }

        return bytes;
    }

    /// <summary>Writes <paramref name="values"/> to <paramref name="path"/> under a temporary name, then renames it.</summary>
    public static void Write(string path, double[,] values)
    {
        ArgumentNullException.ThrowIfNull(path);
        var temporary = path + ".partial";
        File.WriteAllBytes(temporary, Bytes(values));
        File.Move(temporary, path, overwrite: true);
    }
}
