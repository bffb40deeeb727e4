using System.Globalization;
using System.Text.Json;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Weights;

/// <summary>One validated header entry of a safetensors file.</summary>
internal sealed record SafetensorsEntry(string Name, TensorDataType Type, TensorShape Shape, long Begin, long End)
{
    /// <summary>Validates one header entry against the data length; throws <see cref="InputException"/> naming it.</summary>
    public static SafetensorsEntry Parse(string name, JsonElement value, long dataLength, string file)
    {
        var location = new SourceLocation(file, Field: name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(location, "header entry is not an object with dtype, shape and data_offsets");
        }

        var fields = value.EnumerateObject().Select(p => p.Name).ToList();
        var unknown = fields.Except(["dtype", "shape", "data_offsets"], StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InputException(location, $"unknown header field '{unknown[0]}' (expected dtype, shape, data_offsets)");
        }

        var type = ParseType(Get(value, "dtype", location), location);
        var shape = ParseShape(Get(value, "shape", location), location);
        var offsets = Get(value, "data_offsets", location);
        if (offsets.ValueKind != JsonValueKind.Array || offsets.GetArrayLength() != 2
            || !offsets[0].TryGetInt64(out var begin) || !offsets[1].TryGetInt64(out var end) || begin < 0 || end < begin)
        {
            throw new InputException(location, "data_offsets must be [begin, end] with 0 ≤ begin ≤ end");
        }

        if (end > dataLength)
        {
            throw new InputException(location, $"data_offsets end {Text(end)} lies beyond the {Text(dataLength)} data bytes (truncated file?)");
        }

        var expected = (long)shape.ElementCount * type.ByteSize();
        if (end - begin != expected)
        {
            throw new InputException(location, $"data_offsets span {Text(end - begin)} bytes, but {type.DisplayName()} {shape} needs {Text(expected)}");
        }

        return new SafetensorsEntry(name, type, shape, begin, end);
    }

    /// <summary>Converts this entry's bytes to a float64 tensor.</summary>
    public Tensor Decode(ReadOnlySpan<byte> data)
    {
        var values = new double[Shape.ElementCount];
        ElementDecoder.Decode(data[(int)Begin..(int)End], Type, bigEndian: false, values);
        return new Tensor(Name, Shape, values, Type);
    }

    private static JsonElement Get(JsonElement value, string field, SourceLocation location) =>
        value.TryGetProperty(field, out var result) ? result : throw new InputException(location, $"header entry has no '{field}'");

    private static TensorDataType ParseType(JsonElement value, SourceLocation location)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        TensorDataType? type = text switch
        {
            "F16" => TensorDataType.Float16,
            "BF16" => TensorDataType.BFloat16,
            "F32" => TensorDataType.Float32,
            "F64" => TensorDataType.Float64,
            "I8" => TensorDataType.Int8,
            "I16" => TensorDataType.Int16,
            "I32" => TensorDataType.Int32,
            "I64" => TensorDataType.Int64,
            "U8" => TensorDataType.UInt8,
            "U16" => TensorDataType.UInt16,
            "U32" => TensorDataType.UInt32,
            "U64" => TensorDataType.UInt64,
            _ => null,
        };
        return type ?? throw new InputException(location, $"dtype {value.GetRawText()} is not supported (F16, BF16, F32, F64 or an integer type)");
    }

    private static TensorShape ParseShape(JsonElement value, SourceLocation location)
    {
        if (value.ValueKind != JsonValueKind.Array
            || value.EnumerateArray().Any(d => d.ValueKind != JsonValueKind.Number || !d.TryGetInt32(out var n) || n < 0))
        {
            throw new InputException(location, "shape must be an array of non-negative integers");
        }

        try
        {
            return new TensorShape([.. value.EnumerateArray().Select(d => d.GetInt32())]);
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new InputException(location, "shape holds more than 2^31 − 1 elements", exception);
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
