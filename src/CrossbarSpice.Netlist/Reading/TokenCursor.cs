using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>Reads the tokens of one statement in order and reports what was expected when they do not fit.</summary>
internal sealed class TokenCursor
{
    private readonly LogicalStatement statement;
    private readonly List<SpiceToken> tokens;
    private readonly string file;
    private int position;

    public TokenCursor(LogicalStatement statement, string file)
    {
        this.statement = statement;
        this.file = file;
        tokens = SpiceTokenizer.Tokenize(statement.Text, (offset, token, problem) => Error(offset, token, problem));
        foreach (var token in tokens)
        {
            // Quoted text (file paths) reaches ngspice unchanged; everything else must be printable ASCII.
            var what = token.Kind == TokenKind.Word ? "the name" : "the expression";
            if (token.Kind != TokenKind.DoubleQuoted && SpiceNameText.Problem(token.Text, what) is { } problem)
            {
                throw Error(token, problem);
            }
        }
    }

    /// <summary>True when every token has been read.</summary>
    public bool AtEnd => position >= tokens.Count;

    /// <summary>The next token without reading it, or null at the end.</summary>
    public SpiceToken? Peek(int ahead = 0) => position + ahead < tokens.Count ? tokens[position + ahead] : null;

    /// <summary>True when the next tokens are <c>name =</c>.</summary>
    public bool AtParameter => Peek() is { Kind: TokenKind.Word } && Peek(1) is { Kind: TokenKind.Equals };

    /// <summary>Reads any token.</summary>
    public SpiceToken Take(string expected) =>
        AtEnd ? throw Error(null, $"expected {expected}, found end of line") : tokens[position++];

    /// <summary>Reads a word (node, model or source name, keyword).</summary>
    public string Word(string expected)
    {
        var token = Take(expected);
        return token.Kind == TokenKind.Word ? token.Text : throw Error(token, $"expected {expected}, found '{token.Text}'");
    }

    /// <summary>Reads a token of the given kind.</summary>
    public SpiceToken Expect(TokenKind kind, string expected)
    {
        var token = Take(expected);
        return token.Kind == kind ? token : throw Error(token, $"expected {expected}, found '{token.Text}'");
    }

    /// <summary>Reads a number or a braced/quoted expression (a bare word that is not a number is an error).</summary>
    public SpiceValue Value(string what)
    {
        var token = Take($"a number or {{expression}} for {what}");
        return token.Kind switch
        {
            TokenKind.Word when SpiceNumber.TryParse(token.Text, out var number) => number,
            TokenKind.Braced or TokenKind.SingleQuoted => Expression(token),
            _ => throw Error(token, $"expected a number or {{expression}} for {what}, found '{token.Text}'"),
        };
    }

    /// <summary>Reads a plain number (analysis arguments).</summary>
    public double Number(string what)
    {
        var token = Take($"a number for {what}");
        return token.Kind == TokenKind.Word && SpiceNumber.TryParse(token.Text, out var number)
            ? number
            : throw Error(token, $"expected a number for {what}, found '{token.Text}'");
    }

    /// <summary>Reads a parameter value: a number, an expression, or a bare word taken as an expression.</summary>
    public SpiceValue ParameterValue(string what)
    {
        var token = Take($"a value for {what}");
        return token.Kind switch
        {
            TokenKind.Word when SpiceNumber.TryParse(token.Text, out var number) => number,
            TokenKind.Word or TokenKind.Braced or TokenKind.SingleQuoted => Expression(token),
            _ => throw Error(token, $"expected a value for {what}, found '{token.Text}'"),
        };
    }

    /// <summary>Reads <c>name = value</c> pairs while they come (stopping before <paramref name="stop"/>).</summary>
    public List<SpiceParameter> Parameters(string owner, TokenKind? stop = null)
    {
        var parameters = new List<SpiceParameter>();
        while (!AtEnd && Peek()!.Value.Kind != stop)
        {
            if (!AtParameter)
            {
                var token = tokens[position];
                throw Error(token, $"expected a parameter (name=value) of {owner}, found '{token.Text}'");
            }

            var name = tokens[position].Text;
            position += 2;
            parameters.Add(new SpiceParameter(name, ParameterValue($"parameter '{name}' of {owner}")));
        }

        return parameters;
    }

    /// <summary>Reads an optional keyword; true when it was there.</summary>
    public bool TryKeyword(string keyword)
    {
        if (Peek() is { } token && token.IsKeyword(keyword))
        {
            position++;
            return true;
        }

        return false;
    }

    /// <summary>The raw statement text from the next token to the end, trimmed; reads all remaining tokens.</summary>
    public string Rest(string expected)
    {
        var first = Take(expected);
        position = tokens.Count;
        return statement.Text[first.Offset..].Trim();
    }

    /// <summary>Fails when tokens are left.</summary>
    public void End(string what)
    {
        if (Peek() is { } token)
        {
            throw Error(token, $"unexpected '{token.Text}' after {what}");
        }
    }

    /// <summary>An error at a token, or at the end of the statement when <paramref name="token"/> is null.</summary>
    public NetlistParseException Error(SpiceToken? token, string problem) =>
        token is { } t ? Error(t.Offset, t.Text, problem) : ErrorAtEnd(problem);

    /// <summary>File, line and column of a token.</summary>
    public SourceLocation LocationOf(SpiceToken token)
    {
        var (line, column) = statement.PositionOf(token.Offset);
        return new SourceLocation(file, line, column);
    }

    private NetlistParseException Error(int offset, string token, string problem)
    {
        var (line, column) = statement.PositionOf(offset);
        return new NetlistParseException(new SourceLocation(file, line, column), token, problem);
    }

    private NetlistParseException ErrorAtEnd(string problem)
    {
        var (line, column) = statement.EndPosition;
        return new NetlistParseException(new SourceLocation(file, line, column), string.Empty, problem);
    }

    private SpiceValue Expression(SpiceToken token)
    {
        try
        {
            return SpiceValue.Expression(token.Text);
        }
        catch (ArgumentException exception)
        {
            throw Error(token, $"'{token.Text}' is not a valid expression: {exception.Message}");
        }
    }
}
