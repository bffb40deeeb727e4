using CrossbarSpice.Netlist.Directives;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>Turns split statements into items, nesting subcircuit bodies between <c>.subckt</c> and <c>.ends</c>.</summary>
internal static class NetlistParser
{
    private const string SupportedDirectives = ".model .subckt .ends .param .include .lib .options .meas .op .dc .tran .end";

    public static SpiceNetlist Parse(string text, string file, string? sourcePath)
    {
        var (title, statements) = StatementSplitter.Split(text, file);
        var top = new List<NetlistItem>();
        var open = new Stack<SubcircuitFrame>();
        foreach (var statement in statements)
        {
            var target = open.Count > 0 ? open.Peek().Items : top;
            if (statement.IsComment)
            {
                target.Add(new Comment(statement.Text));
                continue;
            }

            var cursor = new TokenCursor(statement, file);
            var first = cursor.Take("a statement");
            if (first.Kind != TokenKind.Word)
            {
                throw cursor.Error(first, $"expected an element name or a directive, found '{first.Text}'");
            }

            if (!first.Text.StartsWith('.'))
            {
                target.Add(ElementParser.Parse(cursor, first));
                continue;
            }

            var keyword = first.Text.ToLowerInvariant();
            switch (keyword)
            {
                case ".end":
                    cursor.End(".end");
                    break;
                case ".subckt":
                    open.Push(ParseHeader(cursor, first));
                    break;
                case ".ends":
                    var closed = Close(cursor, first, open);
                    (open.Count > 0 ? open.Peek().Items : top).Add(closed);
                    break;
                default:
                    target.Add(ParseDirective(cursor, first, keyword, open));
                    break;
            }
        }

        if (open.Count > 0)
        {
            var frame = open.Peek();
            throw new NetlistParseException(frame.Location, ".subckt", $"'.subckt {frame.Name}' has no matching .ends");
        }

        return new SpiceNetlist(title, top, sourcePath);
    }

    private static NetlistItem ParseDirective(TokenCursor cursor, SpiceToken first, string keyword, Stack<SubcircuitFrame> open)
    {
        if (AnalysisParser.TryParse(cursor, keyword) is { } analysis)
        {
            return open.Count == 0
                ? analysis
                : throw cursor.Error(first, $"analysis '{first.Text}' is not allowed inside '.subckt {open.Peek().Name}'");
        }

        return DirectiveParser.TryParse(cursor, keyword)
            ?? throw cursor.Error(first, $"unsupported directive '{first.Text}': the reader handles {SupportedDirectives}");
    }

    private static SubcircuitFrame ParseHeader(TokenCursor cursor, SpiceToken keyword)
    {
        var name = cursor.Word("the subcircuit name after .subckt");
        var ports = new List<string>();
        while (!cursor.AtEnd && !cursor.AtParameter && !cursor.Peek()!.Value.IsKeyword("params:"))
        {
            ports.Add(cursor.Word($"a port name of subcircuit {name}"));
        }

        cursor.TryKeyword("params:");
        var parameters = cursor.Parameters($"subcircuit {name}");
        cursor.End($".subckt {name}");
        return new SubcircuitFrame(name, ports, parameters, cursor.LocationOf(keyword));
    }

    private static SubcircuitDefinition Close(TokenCursor cursor, SpiceToken keyword, Stack<SubcircuitFrame> open)
    {
        if (open.Count == 0)
        {
            throw cursor.Error(keyword, "'.ends' has no matching .subckt");
        }

        var frame = open.Pop();
        if (cursor.Peek() is { } nameToken)
        {
            var name = cursor.Word($"the name of subcircuit {frame.Name} after .ends");
            if (!name.Equals(frame.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw cursor.Error(nameToken, $"expected '.ends {frame.Name}' to close '.subckt {frame.Name}', found '{name}'");
            }
        }

        cursor.End($".ends {frame.Name}");
        return new SubcircuitDefinition(frame.Name, frame.Ports, frame.Parameters, frame.Items);
    }
}
