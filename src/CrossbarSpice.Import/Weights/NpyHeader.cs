using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Weights;

/// <summary>The decoded header dictionary of a .npy array: element type, byte order, memory order and shape.</summary>
/// <param name="Descr">The NumPy dtype string as written, e.g. <c>&lt;f4</c>.</param>
/// <param name="Type">Element type.</param>
/// <param name="BigEndian">True for <c>&gt;</c> byte order.</param>
/// <param name="FortranOrder">True when the data is column-major (first index fastest).</param>
/// <param name="Shape">Array shape.</param>
/// <param name="Strings">For a fixed-width string array (<c>&lt;U7</c>, <c>|S7</c>): its element width; null for numbers
/// (then <paramref name="Type"/> is the element type; for strings it is unused).</param>
internal sealed record NpyHeader(string Descr, TensorDataType Type, bool BigEndian, bool FortranOrder, TensorShape Shape, NpyStrings? Strings = null)
{
    private static readonly string[] Keys = ["descr", "fortran_order", "shape"];

    /// <summary>Interprets the header text; throws <see cref="FormatException"/> with a user-facing reason.</summary>
    /// <param name="text">The header dictionary.</param>
    /// <param name="allowStrings">Accept fixed-width string dtypes (<c>U</c>, <c>S</c>), e.g. the class names of a data
    /// set; weights are numbers only.</param>
    public static NpyHeader Parse(string text, bool allowStrings = false)
    {
        if (PythonLiteral.Parse(text) is not Dictionary<string, object?> dict)
        {
            throw new FormatException("the header is not a dictionary");
        }

        var extra = dict.Keys.Except(Keys, StringComparer.Ordinal).ToList();
        var missing = Keys.Except(dict.Keys, StringComparer.Ordinal).ToList();
        if (extra.Count > 0 || missing.Count > 0)
        {
            throw new FormatException($"the header must hold exactly 'descr', 'fortran_order' and 'shape' (missing: {Join(missing)}; unexpected: {Join(extra)})");
        }

        if (dict["descr"] is not string descr)
        {
            throw new FormatException("'descr' is not a simple dtype string (structured arrays are not weights)");
        }

        var strings = allowStrings ? NpyStrings.Parse(descr) : null;
        var (type, bigEndian) = strings is null ? ParseDescr(descr) : (TensorDataType.UInt8, descr[0] == '>');
        if (dict["fortran_order"] is not bool fortran)
        {
            throw new FormatException("'fortran_order' is not True or False");
        }

        if (dict["shape"] is not List<object?> dims || dims.Any(d => d is not long value || value < 0 || value > int.MaxValue))
        {
            throw new FormatException("'shape' is not a tuple of non-negative integers");
        }

        long count = 1;
        foreach (var dim in dims)
        {
            count *= (long)dim!;
            if (count > int.MaxValue)
            {
                throw new FormatException("the array holds more than 2^31 − 1 elements");
            }
        }

        return new NpyHeader(descr, type, bigEndian, fortran, new TensorShape([.. dims.Select(d => (int)(long)d!)]), strings);
    }

    private static (TensorDataType Type, bool BigEndian) ParseDescr(string descr)
    {
        if (descr.Length < 2 || descr[0] is not ('<' or '>' or '|' or '='))
        {
            throw new FormatException($"dtype '{descr}' is not a NumPy type string such as '<f4'");
        }

        var big = descr[0] == '>';
        TensorDataType? type = descr[1..] switch
        {
            "f2" => TensorDataType.Float16,
            "f4" => TensorDataType.Float32,
            "f8" => TensorDataType.Float64,
            "i1" => TensorDataType.Int8,
            "i2" => TensorDataType.Int16,
            "i4" => TensorDataType.Int32,
            "i8" => TensorDataType.Int64,
            "u1" => TensorDataType.UInt8,
            "u2" => TensorDataType.UInt16,
            "u4" => TensorDataType.UInt32,
            "u8" => TensorDataType.UInt64,
            _ => null,
        };
        return type is { } known
            ? (known, big)
            : throw new FormatException($"dtype '{descr}' is not supported; weights must be float16/32/64 (or integers where the architecture allows)");
    }

    private static string Join(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list.Select(n => "'" + n + "'"));
    }

    /// <summary>Formats as <c>&lt;f4 [3, 4]</c>, with <c>fortran-order</c> appended when column-major.</summary>
    public override string ToString() => Descr + " " + Shape + (FortranOrder ? " fortran-order" : string.Empty);
}
