using CrossbarSpice.Netlist.Elements;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>Parses <c>[DC] v [AC m] [PULSE(...)|PWL(...)|SIN(...)]</c> of an independent source (DC defaults to 0).</summary>
internal static class SourceWaveformParser
{
    public static SourceWaveform Parse(TokenCursor cursor, string name)
    {
        SpiceValue? dc = null;
        SpiceValue? ac = null;
        TransientWaveform? transient = null;
        while (cursor.Peek() is { } token)
        {
            if (token.IsKeyword("DC") && dc is null)
            {
                cursor.Take("DC");
                dc = cursor.Value($"the DC value of {name}");
            }
            else if (token.IsKeyword("AC") && ac is null)
            {
                cursor.Take("AC");
                ac = cursor.Value($"the AC magnitude of {name}");
            }
            else if (transient is null && (token.IsKeyword("PULSE") || token.IsKeyword("PWL") || token.IsKeyword("SIN")))
            {
                cursor.Take(token.Text);
                transient = ParseTransient(cursor, token, name);
            }
            else if (dc is null && ac is null && transient is null && token.Kind != TokenKind.Equals)
            {
                dc = cursor.Value($"the DC value of {name}");
            }
            else
            {
                throw cursor.Error(token, $"expected DC, AC, PULSE, PWL or SIN for {name}, found '{token.Text}'");
            }
        }

        return new SourceWaveform(dc ?? 0, ac, transient);
    }

    private static TransientWaveform ParseTransient(TokenCursor cursor, SpiceToken keyword, string name)
    {
        var function = keyword.Text.ToUpperInvariant();
        cursor.Expect(TokenKind.OpenParenthesis, $"'(' after {keyword.Text} of {name}");
        var values = new List<SpiceValue>();
        while (cursor.Peek() is { Kind: not TokenKind.CloseParenthesis })
        {
            values.Add(cursor.Value($"value {values.Count + 1} of {keyword.Text} of {name}"));
        }

        cursor.Expect(TokenKind.CloseParenthesis, $"')' to close {keyword.Text} of {name}");
        return function switch
        {
            "PULSE" when values.Count == 7 => new PulseWaveform(values[0], values[1], values[2], values[3], values[4], values[5], values[6]),
            "SIN" when values.Count is >= 3 and <= 5 =>
                new SineWaveform(values[0], values[1], values[2], values.ElementAtOrDefault(3), values.ElementAtOrDefault(4)),
            "PWL" when values.Count >= 2 && values.Count % 2 == 0 =>
                new PwlWaveform([.. values.Chunk(2).Select(pair => new PwlPoint(pair[0], pair[1]))]),
            _ => throw cursor.Error(keyword, $"{keyword.Text} of {name} needs {Arity(function)}, found {values.Count} values"),
        };
    }

    private static string Arity(string function) => function switch
    {
        "PULSE" => "7 values (v1 v2 td tr tf pw per)",
        "SIN" => "3 to 5 values (vo va freq [td [theta]])",
        _ => "an even number of values (t1 v1 t2 v2 ...)",
    };
}
