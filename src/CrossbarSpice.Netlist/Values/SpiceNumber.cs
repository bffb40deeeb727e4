using System.Globalization;

namespace CrossbarSpice.Netlist.Values;

/// <summary>
/// Parses SPICE number text: decimal or scientific notation, then an optional scale suffix
/// (<c>f p n u m k meg g t mil</c>, case-insensitive, <c>m</c> is milli and <c>meg</c> mega), then
/// optional unit letters that are ignored (<c>10uF</c>, <c>5V</c>, <c>1kOhm</c>).
/// </summary>
public static class SpiceNumber
{
    private const double MetresPerMil = 25.4e-6;

    /// <summary>Parses <paramref name="text"/>; false when it is not a finite SPICE number.</summary>
    /// <remarks>A power-of-ten suffix is folded into the exponent before parsing, so <c>2.2u</c> gives exactly the
    /// double nearest to 2.2e-6 and invariant round-trip text reads back bit-identical.</remarks>
    public static bool TryParse(string text, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        var position = 0;
        if (!ScanMantissa(text, ref position, out var mantissaEnd))
        {
            return false;
        }

        var exponent = ScanExponent(text, ref position);
        if (exponent is null)
        {
            return false;
        }

        var rest = text.AsSpan(position);
        var (scale, isMil, suffixLength) = Suffix(rest);
        foreach (var c in rest[suffixLength..])
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        var total = exponent.Value + scale;
        var composed = string.Concat(text.AsSpan(0, mantissaEnd), "E", total.ToString(CultureInfo.InvariantCulture));
        if (!double.TryParse(composed, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (isMil)
        {
            value *= MetresPerMil;
        }

        return double.IsFinite(value);
    }

    private static bool ScanMantissa(string text, ref int position, out int end)
    {
        if (position < text.Length && (text[position] == '+' || text[position] == '-'))
        {
            position++;
        }

        var digits = 0;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
            digits++;
        }

        if (position < text.Length && text[position] == '.')
        {
            position++;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
                digits++;
            }
        }

        end = position;
        return digits > 0;
    }

    private static long? ScanExponent(string text, ref int position)
    {
        if (position >= text.Length || (text[position] != 'e' && text[position] != 'E'))
        {
            return 0;
        }

        var start = position + 1;
        var cursor = start;
        if (cursor < text.Length && (text[cursor] == '+' || text[cursor] == '-'))
        {
            cursor++;
        }

        var digitsStart = cursor;
        while (cursor < text.Length && char.IsAsciiDigit(text[cursor]))
        {
            cursor++;
        }

        if (cursor == digitsStart)
        {
            // "1e" or "1eV": no exponent digits; the letters are unit letters.
            return 0;
        }

        if (!long.TryParse(text.AsSpan(start, cursor - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent)
            || Math.Abs(exponent) > 100_000)
        {
            return null;
        }

        position = cursor;
        return exponent;
    }

    private static (int Scale, bool IsMil, int Length) Suffix(ReadOnlySpan<char> rest)
    {
        if (rest.StartsWith("meg", StringComparison.OrdinalIgnoreCase))
        {
            return (6, false, 3);
        }

        if (rest.StartsWith("mil", StringComparison.OrdinalIgnoreCase))
        {
            return (0, true, 3);
        }

        if (rest.IsEmpty)
        {
            return (0, false, 0);
        }

        return char.ToLowerInvariant(rest[0]) switch
        {
            'f' => (-15, false, 1),
            'p' => (-12, false, 1),
            'n' => (-9, false, 1),
            'u' => (-6, false, 1),
            'm' => (-3, false, 1),
            'k' => (3, false, 1),
            'g' => (9, false, 1),
            't' => (12, false, 1),
            _ => (0, false, 0),
        };
    }
}
