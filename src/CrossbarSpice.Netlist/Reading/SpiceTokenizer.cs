namespace CrossbarSpice.Netlist.Reading;

/// <summary>
/// Splits a joined statement into tokens. White space and commas separate tokens; <c>( ) =</c> are tokens of
/// their own; <c>{...}</c>, <c>'...'</c> and <c>"..."</c> are single tokens.
/// </summary>
internal static class SpiceTokenizer
{
    private const string WordBreaks = "(),={}'\"";

    /// <summary>Tokens of <paramref name="text"/>; an unterminated brace or quote is reported through
    /// <paramref name="fail"/> with the offset and text of the opening token.</summary>
    public static List<SpiceToken> Tokenize(string text, Func<int, string, string, Exception> fail)
    {
        var tokens = new List<SpiceToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsBlank(c) || c == ',')
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            switch (c)
            {
                case '(':
                    kind = TokenKind.OpenParenthesis;
                    i++;
                    break;
                case ')':
                    kind = TokenKind.CloseParenthesis;
                    i++;
                    break;
                case '=':
                    kind = TokenKind.Equals;
                    i++;
                    break;
                case '{':
                    kind = TokenKind.Braced;
                    i = ClosingBrace(text, start) ?? throw fail(start, "{", "expected '}' to close this '{'");
                    break;
                case '\'':
                case '"':
                    kind = c == '"' ? TokenKind.DoubleQuoted : TokenKind.SingleQuoted;
                    var close = text.IndexOf(c, start + 1);
                    i = close >= 0 ? close + 1 : throw fail(start, c.ToString(), $"expected {c} to close this {c}");
                    break;
                default:
                    kind = TokenKind.Word;
                    i++;
                    while (i < text.Length && !IsBlank(text[i]) && !WordBreaks.Contains(text[i]))
                    {
                        i++;
                    }

                    break;
            }

            tokens.Add(new SpiceToken(kind, text[start..i], start));
        }

        return tokens;
    }

    /// <summary>ASCII white space only, as ngspice separates tokens: other Unicode spaces stay inside a word.</summary>
    private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';

    private static int? ClosingBrace(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i + 1;
            }
        }

        return null;
    }
}
