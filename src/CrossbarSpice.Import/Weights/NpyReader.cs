using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Weights;

/// <summary>
/// Reads NumPy <c>.npy</c> arrays (format versions 1.0, 2.0 and 3.0): the <c>\x93NUMPY</c> magic, a Python-dict header
/// (<c>descr</c>, <c>fortran_order</c>, <c>shape</c>) and the raw data. Float16/32/64 and integer dtypes of either byte
/// order are converted to float64; Fortran-ordered data is reordered to row-major. Anything else (object, structured,
/// complex, string arrays; truncated data) raises <see cref="InputException"/> naming the file and array.
/// </summary>
public static class NpyReader
{
    /// <summary>Largest header accepted, in bytes (NumPy writes well under 1 KiB).</summary>
    public const int MaxHeaderBytes = 1 << 20;

    private static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Reads a <c>.npy</c> file; the tensor is named after the file without its extension.</summary>
    /// <exception cref="InputException">The file cannot be read or is not a valid .npy array.</exception>
    public static Tensor Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileNameWithoutExtension(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, name, new SourceLocation(path, Field: name), stream.Length);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new SourceLocation(path), $"cannot read the file: {exception.Message}", exception);
        }
    }

    /// <summary>Reads one array from a stream positioned at its magic string.</summary>
    /// <param name="stream">The .npy bytes (need not be seekable).</param>
    /// <param name="tensorName">Name given to the tensor.</param>
    /// <param name="location">File and entry named in errors.</param>
    /// <param name="length">Total byte length of the array's bytes when known (to reject trailing bytes), else null.</param>
    /// <exception cref="InputException">Not a valid .npy array.</exception>
    public static Tensor Read(Stream stream, string tensorName, SourceLocation location, long? length = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (header, data) = ReadArray(stream, location, length, allowStrings: false);
        var values = new double[header.Shape.ElementCount];
        ElementDecoder.Decode(data, header.Type, header.BigEndian, values);
        if (header.FortranOrder)
        {
            values = FortranToRowMajor(values, header.Shape);
        }

        return new Tensor(tensorName, header.Shape, values, header.Type);
    }

    /// <summary>
    /// Reads one array that may hold fixed-width strings (<c>&lt;U</c>n or <c>|S</c>n, e.g. a data set's class names)
    /// instead of numbers: the strings of a rank-1 string array, or null (with the numbers in <paramref name="numbers"/>)
    /// for a numeric one.
    /// </summary>
    /// <param name="stream">The .npy bytes.</param>
    /// <param name="tensorName">Name given to a numeric tensor.</param>
    /// <param name="location">File and entry named in errors.</param>
    /// <param name="length">Total byte length when known, else null.</param>
    /// <param name="numbers">The tensor when the array holds numbers, else null.</param>
    /// <exception cref="InputException">Not a valid .npy array, or a string array of rank other than 1.</exception>
    public static IReadOnlyList<string>? ReadStringsOrNumbers(Stream stream, string tensorName, SourceLocation location, long? length, out Tensor? numbers)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (header, data) = ReadArray(stream, location, length, allowStrings: true);
        if (header.Strings is not { } strings)
        {
            var values = new double[header.Shape.ElementCount];
            ElementDecoder.Decode(data, header.Type, header.BigEndian, values);
            numbers = new Tensor(tensorName, header.Shape, header.FortranOrder ? FortranToRowMajor(values, header.Shape) : values, header.Type);
            return null;
        }

        numbers = null;
        if (header.Shape.Rank != 1)
        {
            throw new InputException(location, $"a {header.Descr} string array of shape {header.Shape}; expected one string per element of a 1-D array");
        }

        try
        {
            return [.. Enumerable.Range(0, header.Shape.ElementCount).Select(i => strings.Decode(data, i, header.BigEndian))];
        }
        catch (FormatException exception)
        {
            throw new InputException(location, $"corrupt {header.Descr} string: {exception.Message}", exception);
        }
    }

    /// <summary>The header and the raw data bytes of one array.</summary>
    private static (NpyHeader Header, byte[] Data) ReadArray(Stream stream, SourceLocation location, long? length, bool allowStrings)
    {
        Span<byte> preamble = stackalloc byte[8];
        Fill(stream, preamble, location, "the magic string and version");
        if (!preamble[..6].SequenceEqual(Magic))
        {
            throw new InputException(location, "not a .npy array (missing the \\x93NUMPY magic string)");
        }

        var major = preamble[6];
        if (major is < 1 or > 3)
        {
            throw new InputException(location, $"unsupported .npy format version {major}.{preamble[7]} (1.0, 2.0 and 3.0 are read)");
        }

        Span<byte> lengthBytes = stackalloc byte[major == 1 ? 2 : 4];
        Fill(stream, lengthBytes, location, "the header length");
        long headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(lengthBytes) : BinaryPrimitives.ReadUInt32LittleEndian(lengthBytes);
        if (headerLength > MaxHeaderBytes)
        {
            throw new InputException(location, $"header length {headerLength.ToString(CultureInfo.InvariantCulture)} bytes is implausible (corrupt file?)");
        }

        var headerBytes = new byte[headerLength];
        Fill(stream, headerBytes, location, "the header");
        NpyHeader header;
        try
        {
            var encoding = major == 3 ? Encoding.UTF8 : Encoding.Latin1;
            header = NpyHeader.Parse(encoding.GetString(headerBytes), allowStrings);
        }
        catch (FormatException exception)
        {
            throw new InputException(location, $"corrupt .npy header: {exception.Message}", exception);
        }

        var dataLength = (long)header.Shape.ElementCount * (header.Strings?.ElementBytes ?? header.Type.ByteSize());
        var consumed = 8 + lengthBytes.Length + headerLength;
        if (length is { } total && total != consumed + dataLength)
        {
            throw new InputException(location, total < consumed + dataLength
                ? $"truncated: {header.Descr} {header.Shape} needs {dataLength.ToString(CultureInfo.InvariantCulture)} data bytes, the array has {(total - consumed).ToString(CultureInfo.InvariantCulture)}"
                : $"{(total - consumed - dataLength).ToString(CultureInfo.InvariantCulture)} unexpected bytes after the {header.Descr} {header.Shape} data");
        }

        if (dataLength > Array.MaxLength)
        {
            throw new InputException(location, $"the {header.Descr} {header.Shape} data ({dataLength.ToString(CultureInfo.InvariantCulture)} bytes) is larger than an array can hold");
        }

        var data = new byte[dataLength];
        Fill(stream, data, location, $"the {header.Descr} {header.Shape} data ({dataLength.ToString(CultureInfo.InvariantCulture)} bytes)");
        return (header, data);
    }

    /// <summary>Reorders column-major (first index fastest) values to row-major.</summary>
    internal static double[] FortranToRowMajor(double[] values, TensorShape shape)
    {
        if (shape.Rank < 2)
        {
            return values;
        }

        var result = new double[values.Length];
        var index = new int[shape.Rank];
        for (var f = 0; f < values.Length; f++)
        {
            var rowMajor = 0;
            for (var axis = 0; axis < shape.Rank; axis++)
            {
                rowMajor = (rowMajor * shape[axis]) + index[axis];
            }

            result[rowMajor] = values[f];
            for (var axis = 0; axis < shape.Rank && ++index[axis] == shape[axis]; axis++)
            {
                index[axis] = 0;
            }
        }

        return result;
    }

    private static void Fill(Stream stream, Span<byte> buffer, SourceLocation location, string what)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException exception)
        {
            throw new InputException(location, $"truncated: the array ends inside {what}", exception);
        }
        catch (InvalidDataException exception)
        {
            throw new InputException(location, $"corrupt compressed data while reading {what}: {exception.Message}", exception);
        }
    }
}
