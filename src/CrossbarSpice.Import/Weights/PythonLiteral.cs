using System.Globalization;
using System.Text;

namespace CrossbarSpice.Import.Weights;

/// <summary>
/// Parser for the Python literal subset of .npy headers: dicts, tuples, lists, quoted strings, integers,
/// True/False/None. Values become <see cref="Dictionary{TKey,TValue}"/>, <see cref="List{T}"/>, string, long, bool, null.
/// </summary>
internal sealed class PythonLiteral
{
    private readonly string text;
    private int position;

    private PythonLiteral(string text) => this.text = text;

    /// <summary>Parses one literal filling the whole text (surrounding white space allowed).</summary>
    /// <exception cref="FormatException">Not a literal of the subset; the message gives the character offset.</exception>
    public static object? Parse(string text)
    {
        var parser = new PythonLiteral(text);
        var value = parser.Value();
        parser.SkipSpace();
        return parser.position == text.Length ? value : throw parser.Error("unexpected text after the literal");
    }

    private object? Value()
    {
        SkipSpace();
        if (position >= text.Length)
        {
            throw Error("unexpected end of header");
        }

        var c = text[position];
        return c switch
        {
            '{' => Dict(),
            '(' => Sequence(')'),
            '[' => Sequence(']'),
            '\'' or '"' => Str(),
            _ when c == '-' || char.IsAsciiDigit(c) => Integer(),
            _ => Word(),
        };
    }

    private Dictionary<string, object?> Dict()
    {
        position++;
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpace();
            if (Peek() == '}')
            {
                position++;
                return result;
            }

            if (Value() is not string key)
            {
                throw Error("dictionary keys must be strings");
            }

            Expect(':');
            if (!result.TryAdd(key, Value()))
            {
                throw Error($"key '{key}' appears twice");
            }

            SkipSpace();
            if (Peek() == ',')
            {
                position++;
            }
            else if (Peek() != '}')
            {
                throw Error("expected ',' or '}'");
            }
        }
    }

    private List<object?> Sequence(char close)
    {
        position++;
        var result = new List<object?>();
        while (true)
        {
            SkipSpace();
            if (Peek() == close)
            {
                position++;
                return result;
            }

            result.Add(Value());
            SkipSpace();
            if (Peek() == ',')
            {
                position++;
            }
            else if (Peek() != close)
            {
                throw Error($"expected ',' or '{close}'");
            }
        }
    }

    private string Str()
    {
        var quote = text[position++];
        var result = new StringBuilder();
        while (position < text.Length && text[position] != quote)
        {
            if (text[position] == '\\')
            {
                throw Error("escapes in strings are not supported");
            }

            result.Append(text[position++]);
        }

        if (position >= text.Length)
        {
            throw Error("unterminated string");
        }

        position++;
        return result.ToString();
    }

    private long Integer()
    {
        var start = position;
        position++;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        if (position < text.Length && text[position] == 'L')
        {
            position++;
        }

        var digits = text[start..position].TrimEnd('L');
        return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"'{digits}' is not an integer");
    }

    private object? Word()
    {
        var start = position;
        while (position < text.Length && char.IsAsciiLetter(text[position]))
        {
            position++;
        }

        return text[start..position] switch
        {
            "True" => true,
            "False" => false,
            "None" => null,
            var word => throw Error($"unexpected '{(word.Length > 0 ? word : text[start].ToString())}'"),
        };
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        position++;
    }

    private char Peek() => position < text.Length ? text[position] : '\0';

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private FormatException Error(string problem) =>
        new($"{problem} at character {position.ToString(CultureInfo.InvariantCulture)}");
}
