using System.Buffers.Binary;
using Onnx;

namespace CrossbarSpice.Import.Onnx;

/// <summary>
/// Decodes an ONNX <c>TensorProto</c> (initializer or Constant value) into an <see cref="OnnxConstant"/>: the typed
/// repeated fields or little-endian <c>raw_data</c> (onnx.proto3, TensorProto) of float, double, float16, bfloat16 and
/// the integer and boolean types. External data and strings are refused.
/// </summary>
internal static class OnnxTensorDecoder
{
    /// <summary>The constant, or throws <see cref="OnnxImportProblem"/> describing why it cannot be read.</summary>
    public static OnnxConstant Decode(TensorProto tensor)
    {
        var dimensions = tensor.Dims.Select(d => d is >= 0 and <= int.MaxValue
            ? (int)d
            : throw new OnnxImportProblem($"tensor '{tensor.Name}' has dimension {d}")).ToArray();
        if (tensor.DataLocation == TensorProto.Types.DataLocation.External)
        {
            throw new OnnxImportProblem($"tensor '{tensor.Name}' keeps its data in an external file; save the model with the weights inside (onnx.save(model, path, save_as_external_data=False))");
        }

        var count = OnnxConstant.CountOf(dimensions);
        var type = (TensorProto.Types.DataType)tensor.DataType;
        var raw = tensor.RawData.Span;
        double[] values;
        bool isInteger = type is not (TensorProto.Types.DataType.Float or TensorProto.Types.DataType.Double
            or TensorProto.Types.DataType.Float16 or TensorProto.Types.DataType.Bfloat16);
        if (raw.Length > 0)
        {
            var size = type switch
            {
                TensorProto.Types.DataType.Double or TensorProto.Types.DataType.Int64 or TensorProto.Types.DataType.Uint64 => 8,
                TensorProto.Types.DataType.Float or TensorProto.Types.DataType.Int32 or TensorProto.Types.DataType.Uint32 => 4,
                TensorProto.Types.DataType.Float16 or TensorProto.Types.DataType.Bfloat16 or TensorProto.Types.DataType.Int16 or TensorProto.Types.DataType.Uint16 => 2,
                TensorProto.Types.DataType.Int8 or TensorProto.Types.DataType.Uint8 or TensorProto.Types.DataType.Bool => 1,
                _ => throw Unsupported(tensor, type),
            };
            if (raw.Length != (long)count * size)
            {
                throw new OnnxImportProblem($"tensor '{tensor.Name}' {OnnxConstant.Format(dimensions)} of {type} needs {(long)count * size} bytes of raw data, holds {raw.Length}");
            }

            values = new double[count];
            for (var i = 0; i < count; i++)
            {
                var bytes = raw.Slice(i * size, size);
                values[i] = type switch
                {
                    TensorProto.Types.DataType.Double => BinaryPrimitives.ReadDoubleLittleEndian(bytes),
                    TensorProto.Types.DataType.Float => BinaryPrimitives.ReadSingleLittleEndian(bytes),
                    TensorProto.Types.DataType.Float16 => (double)BinaryPrimitives.ReadHalfLittleEndian(bytes),
                    TensorProto.Types.DataType.Bfloat16 => BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(bytes) << 16),
                    TensorProto.Types.DataType.Int64 => BinaryPrimitives.ReadInt64LittleEndian(bytes),
                    TensorProto.Types.DataType.Uint64 => BinaryPrimitives.ReadUInt64LittleEndian(bytes),
                    TensorProto.Types.DataType.Int32 => BinaryPrimitives.ReadInt32LittleEndian(bytes),
                    TensorProto.Types.DataType.Uint32 => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
                    TensorProto.Types.DataType.Int16 => BinaryPrimitives.ReadInt16LittleEndian(bytes),
                    TensorProto.Types.DataType.Uint16 => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
                    TensorProto.Types.DataType.Int8 => (sbyte)bytes[0],
                    _ => bytes[0],
                };
            }
        }
        else
        {
            values = type switch
            {
                TensorProto.Types.DataType.Float => [.. tensor.FloatData.Select(v => (double)v)],
                TensorProto.Types.DataType.Double => [.. tensor.DoubleData],
                TensorProto.Types.DataType.Int64 => [.. tensor.Int64Data.Select(v => (double)v)],
                TensorProto.Types.DataType.Uint64 or TensorProto.Types.DataType.Uint32 => [.. tensor.Uint64Data.Select(v => (double)v)],
                TensorProto.Types.DataType.Int32 or TensorProto.Types.DataType.Int16 or TensorProto.Types.DataType.Int8
                    or TensorProto.Types.DataType.Uint16 or TensorProto.Types.DataType.Uint8 or TensorProto.Types.DataType.Bool => [.. tensor.Int32Data.Select(v => (double)v)],
                TensorProto.Types.DataType.Float16 => [.. tensor.Int32Data.Select(v => (double)BitConverter.UInt16BitsToHalf((ushort)v))],
                TensorProto.Types.DataType.Bfloat16 => [.. tensor.Int32Data.Select(v => (double)BitConverter.Int32BitsToSingle(v << 16))],
                _ => throw Unsupported(tensor, type),
            };
            if (values.Length != count)
            {
                throw new OnnxImportProblem($"tensor '{tensor.Name}' {OnnxConstant.Format(dimensions)} holds {values.Length} values, expected {count}");
            }
        }

        // A NaN or infinity (a corrupted or diverged model) would reach the layers' weights, which accept finite values
        // only: refused here with the tensor's name, as TensorBinder refuses them in weights files.
        var bad = Array.FindIndex(values, v => !double.IsFinite(v));
        if (bad >= 0)
        {
            throw new OnnxImportProblem($"tensor '{tensor.Name}' holds a non-finite value ({values[bad]}) at element {bad}; weights and constants must be finite");
        }

        return new OnnxConstant(dimensions, values, isInteger);
    }

    private static OnnxImportProblem Unsupported(TensorProto tensor, TensorProto.Types.DataType type) =>
        new($"tensor '{tensor.Name}' has element type {type}; float, double, float16, bfloat16, integer and bool tensors are read");
}
