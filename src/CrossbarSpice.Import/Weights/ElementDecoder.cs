using System.Buffers.Binary;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Weights;

/// <summary>Converts packed little- or big-endian elements of any <see cref="TensorDataType"/> to float64.</summary>
internal static class ElementDecoder
{
    /// <summary>Decodes <paramref name="destination"/>.Length elements from <paramref name="bytes"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> bytes, TensorDataType type, bool bigEndian, Span<double> destination)
    {
        var size = type.ByteSize();
        if (bytes.Length != (long)destination.Length * size)
        {
            throw new ArgumentException("byte count does not match the element count", nameof(bytes));
        }

        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = DecodeOne(bytes.Slice(i * size, size), type, bigEndian);
        }
    }

    private static double DecodeOne(ReadOnlySpan<byte> b, TensorDataType type, bool big) => type switch
    {
        TensorDataType.Float16 => (double)BitConverter.UInt16BitsToHalf(U16(b, big)),
        TensorDataType.BFloat16 => BitConverter.Int32BitsToSingle(U16(b, big) << 16),
        TensorDataType.Float32 => BitConverter.Int32BitsToSingle((int)U32(b, big)),
        TensorDataType.Float64 => BitConverter.Int64BitsToDouble((long)U64(b, big)),
        TensorDataType.Int8 => (sbyte)b[0],
        TensorDataType.UInt8 => b[0],
        TensorDataType.Int16 => (short)U16(b, big),
        TensorDataType.UInt16 => U16(b, big),
        TensorDataType.Int32 => (int)U32(b, big),
        TensorDataType.UInt32 => U32(b, big),
        TensorDataType.Int64 => (long)U64(b, big),
        TensorDataType.UInt64 => U64(b, big),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown tensor data type"),
    };

    private static ushort U16(ReadOnlySpan<byte> b, bool big) =>
        big ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b);

    private static uint U32(ReadOnlySpan<byte> b, bool big) =>
        big ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);

    private static ulong U64(ReadOnlySpan<byte> b, bool big) =>
        big ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b);
}
