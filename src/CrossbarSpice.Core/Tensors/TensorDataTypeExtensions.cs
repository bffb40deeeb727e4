namespace CrossbarSpice.Core.Tensors;

/// <summary>Properties of <see cref="TensorDataType"/> values.</summary>
public static class TensorDataTypeExtensions
{
    /// <summary>True for the floating-point types (float16, bfloat16, float32, float64).</summary>
    public static bool IsFloatingPoint(this TensorDataType type) =>
        type is TensorDataType.Float16 or TensorDataType.BFloat16 or TensorDataType.Float32 or TensorDataType.Float64;

    /// <summary>Size of one element in its source encoding, in bytes (1, 2, 4 or 8).</summary>
    public static int ByteSize(this TensorDataType type) => type switch
    {
        TensorDataType.Int8 or TensorDataType.UInt8 => 1,
        TensorDataType.Float16 or TensorDataType.BFloat16 or TensorDataType.Int16 or TensorDataType.UInt16 => 2,
        TensorDataType.Float32 or TensorDataType.Int32 or TensorDataType.UInt32 => 4,
        TensorDataType.Float64 or TensorDataType.Int64 or TensorDataType.UInt64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown tensor data type"),
    };

    /// <summary>Lower-case name used in messages, e.g. <c>float32</c>, <c>int64</c>.</summary>
    public static string DisplayName(this TensorDataType type) => type.ToString().ToLowerInvariant();
}
