namespace CrossbarSpice.Netlist.Reading;

/// <summary>Lexical class of a <see cref="SpiceToken"/>.</summary>
internal enum TokenKind
{
    /// <summary>A run of characters without white space or delimiters: names, numbers, keywords.</summary>
    Word,

    /// <summary><c>=</c>.</summary>
    Equals,

    /// <summary><c>(</c>.</summary>
    OpenParenthesis,

    /// <summary><c>)</c>.</summary>
    CloseParenthesis,

    /// <summary><c>{expression}</c>, braces included, nesting allowed.</summary>
    Braced,

    /// <summary><c>'expression'</c>, quotes included.</summary>
    SingleQuoted,

    /// <summary><c>"text"</c>, quotes included (file paths).</summary>
    DoubleQuoted,
}
