using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>Parses the one-line directives: <c>.model .param .include .lib .options .meas</c>.</summary>
internal static class DirectiveParser
{
    /// <summary>The directive for <paramref name="keyword"/> (lower case, without aliases), or null when it is not one of these.</summary>
    public static NetlistItem? TryParse(TokenCursor cursor, string keyword)
    {
        NetlistItem? item = keyword switch
        {
            ".model" => ParseModel(cursor),
            ".param" => new ParamDirective(NonEmpty(cursor, cursor.Parameters(".param"), "a parameter (name=value) after .param")),
            ".include" or ".inc" => new IncludeDirective(Path(cursor, ".include")),
            ".lib" => new LibDirective(Path(cursor, ".lib"), cursor.Word("the section name of .lib")),
            ".options" or ".option" or ".opt" => ParseOptions(cursor),
            ".meas" or ".measure" => ParseMeasure(cursor),
            _ => null,
        };
        if (item is not null)
        {
            cursor.End(keyword);
        }

        return item;
    }

    private static ModelCard ParseModel(TokenCursor cursor)
    {
        var name = cursor.Word("the model name after .model");
        var type = cursor.Word($"the device type of model {name}");
        var owner = $"model {name}";
        if (cursor.Peek() is { Kind: TokenKind.OpenParenthesis })
        {
            cursor.Take("(");
            var parameters = cursor.Parameters(owner, TokenKind.CloseParenthesis);
            cursor.Expect(TokenKind.CloseParenthesis, $"')' to close the parameters of {owner}");
            return new ModelCard(name, type, parameters);
        }

        return new ModelCard(name, type, cursor.Parameters(owner));
    }

    private static string Path(TokenCursor cursor, string directive)
    {
        var token = cursor.Take($"a file path after {directive}");
        return token.Kind switch
        {
            TokenKind.DoubleQuoted or TokenKind.SingleQuoted when token.Text.Length > 2 => token.Text[1..^1],
            TokenKind.Word => token.Text,
            _ => throw cursor.Error(token, $"expected a file path after {directive}, found '{token.Text}'"),
        };
    }

    private static OptionsDirective ParseOptions(TokenCursor cursor)
    {
        var options = new List<SpiceOption>();
        while (!cursor.AtEnd)
        {
            var name = cursor.Word("an option name");
            SpiceValue? value = null;
            if (cursor.Peek() is { Kind: TokenKind.Equals })
            {
                cursor.Take("=");
                value = cursor.ParameterValue($"option '{name}'");
            }

            options.Add(new SpiceOption(name, value));
        }

        return new OptionsDirective(NonEmpty(cursor, options, "an option after .options"));
    }

    private static MeasureDirective ParseMeasure(TokenCursor cursor)
    {
        var analysis = cursor.Word("the analysis type (tran, dc, ac) after .meas");
        var name = cursor.Word("the result name of .meas");
        return new MeasureDirective(analysis, name, cursor.Rest($"the specification of measurement {name}"));
    }

    private static List<T> NonEmpty<T>(TokenCursor cursor, List<T> items, string expected) =>
        items.Count > 0 ? items : throw cursor.Error(null, $"expected {expected}, found end of line");
}
