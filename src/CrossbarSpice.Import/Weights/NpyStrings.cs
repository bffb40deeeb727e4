using System.Globalization;
using System.Text;

namespace CrossbarSpice.Import.Weights;

/// <summary>
/// The element width of a NumPy fixed-width string array: <c>U</c>n holds n UCS-4 code points per element (what
/// <c>numpy.array(["a", "bc"])</c> makes), <c>S</c>n n bytes (ASCII); shorter strings are padded with NUL.
/// </summary>
/// <param name="Unicode">True for <c>U</c> (UCS-4), false for <c>S</c> (bytes).</param>
/// <param name="Characters">Code points (U) or bytes (S) per element, ≥ 1.</param>
internal sealed record NpyStrings(bool Unicode, int Characters)
{
    /// <summary>Bytes per element.</summary>
    public int ElementBytes => Unicode ? 4 * Characters : Characters;

    /// <summary>The string width of <paramref name="descr"/>, or null when it is not a string dtype.</summary>
    public static NpyStrings? Parse(string descr)
    {
        if (descr.Length < 3 || descr[0] is not ('<' or '>' or '|' or '=') || descr[1] is not ('U' or 'S'))
        {
            return null;
        }

        return int.TryParse(descr.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var characters) && characters is >= 1 and <= 1 << 16
            ? new NpyStrings(descr[1] == 'U', characters)
            : throw new FormatException($"dtype '{descr}' is not a string width NumPy writes (U or S followed by 1–65536)");
    }

    /// <summary>Element <paramref name="index"/> of <paramref name="data"/>, without its NUL padding.</summary>
    public string Decode(ReadOnlySpan<byte> data, int index, bool bigEndian)
    {
        var element = data.Slice(index * ElementBytes, ElementBytes);
        if (!Unicode)
        {
            var end = element.IndexOf((byte)0);
            return Encoding.ASCII.GetString(end < 0 ? element : element[..end]);
        }

        var text = new StringBuilder(Characters);
        for (var c = 0; c < Characters; c++)
        {
            var point = bigEndian
                ? System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(element.Slice(4 * c, 4))
                : System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(element.Slice(4 * c, 4));
            if (point == 0)
            {
                break;
            }

            if (point is < 0 or > 0x10FFFF || point is >= 0xD800 and <= 0xDFFF)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"element {index} holds 0x{point:X}, not a Unicode code point"));
            }

            text.Append(char.ConvertFromUtf32(point));
        }

        return text.ToString();
    }
}
