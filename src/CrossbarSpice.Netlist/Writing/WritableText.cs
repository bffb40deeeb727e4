namespace CrossbarSpice.Netlist.Writing;

/// <summary>Checks that names and free text can be written so that the reader gets them back unchanged.</summary>
internal static class WritableText
{
    private const string Delimiters = "(){}=,;'\"";

    /// <summary>A name must be one token: not empty, no white space, no SPICE delimiter, not starting with <c>$</c>.</summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    public static void CheckName(string? name, string what, string statement)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException($"cannot write {statement}: the {what} is empty");
        }

        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || Delimiters.Contains(c))
            {
                throw new ArgumentException($"cannot write {statement}: the {what} '{name}' contains '{c}'");
            }
        }

        if (Values.SpiceNameText.Problem(name, $"the {what}") is { } problem)
        {
            throw new ArgumentException($"cannot write {statement}: {problem}");
        }

        if (name[0] == '$')
        {
            throw new ArgumentException($"cannot write {statement}: the {what} '{name}' starts with '$'");
        }
    }

    /// <summary>Free text (expression, measurement, comment) must be one line and, unless it is a comment,
    /// hold no inline-comment marker.</summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    public static void CheckLine(string? text, string what, string statement, bool isComment = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"cannot write {statement}: the {what} spans several lines");
        }

        if (!isComment && (text.Contains(';') || text.Contains(" $") || text.Contains("\t$")))
        {
            throw new ArgumentException($"cannot write {statement}: the {what} '{text}' contains a comment marker");
        }

        if (!isComment && (text.Trim().Length == 0 || text.Trim().Length != text.Length))
        {
            throw new ArgumentException($"cannot write {statement}: the {what} '{text}' is empty or has surrounding white space");
        }
    }

    /// <summary>The element name must start with its letter.</summary>
    public static void CheckElementName(string? name, char letter, string kind)
    {
        CheckName(name, "name", $"{kind} '{name}'");
        if (char.ToUpperInvariant(name![0]) != letter)
        {
            throw new ArgumentException($"cannot write {kind} '{name}': its name must start with '{letter}'");
        }
    }
}
