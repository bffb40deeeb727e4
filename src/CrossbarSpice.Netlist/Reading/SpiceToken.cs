namespace CrossbarSpice.Netlist.Reading;

/// <summary>One token of a statement.</summary>
/// <param name="Kind">Lexical class.</param>
/// <param name="Text">Text as written, delimiters included.</param>
/// <param name="Offset">Offset in the joined statement text.</param>
internal readonly record struct SpiceToken(TokenKind Kind, string Text, int Offset)
{
    /// <summary>True for a word equal to <paramref name="keyword"/>, ignoring case.</summary>
    public bool IsKeyword(string keyword) => Kind == TokenKind.Word && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);
}
