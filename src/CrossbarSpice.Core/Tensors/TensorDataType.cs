namespace CrossbarSpice.Core.Tensors;

/// <summary>
/// Element type a tensor had in its source file. Values are always held as float64 in memory; this records what
/// precision the trained weights really carried (and lets validation reject integer weights).
/// </summary>
public enum TensorDataType
{
    /// <summary>IEEE 754 binary16 (NumPy <c>f2</c>, safetensors <c>F16</c>).</summary>
    Float16,

    /// <summary>bfloat16: the upper 16 bits of a binary32 (safetensors <c>BF16</c>).</summary>
    BFloat16,

    /// <summary>IEEE 754 binary32 (NumPy <c>f4</c>, safetensors <c>F32</c>).</summary>
    Float32,

    /// <summary>IEEE 754 binary64 (NumPy <c>f8</c>, safetensors <c>F64</c>; also decimal text from CSV).</summary>
    Float64,

    /// <summary>Signed 8-bit integer.</summary>
    Int8,

    /// <summary>Signed 16-bit integer.</summary>
    Int16,

    /// <summary>Signed 32-bit integer.</summary>
    Int32,

    /// <summary>Signed 64-bit integer (converted to the nearest float64).</summary>
    Int64,

    /// <summary>Unsigned 8-bit integer.</summary>
    UInt8,

    /// <summary>Unsigned 16-bit integer.</summary>
    UInt16,

    /// <summary>Unsigned 32-bit integer.</summary>
    UInt32,

    /// <summary>Unsigned 64-bit integer (converted to the nearest float64).</summary>
    UInt64,
}
