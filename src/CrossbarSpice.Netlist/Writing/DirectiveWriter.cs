using CrossbarSpice.Netlist.Directives;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Writing;

/// <summary>Writes one-line directives and comments (subcircuits are written by <see cref="SpiceNetlistWriter"/>).</summary>
internal static class DirectiveWriter
{
    public static string Write(NetlistItem item) => item switch
    {
        Comment comment => WriteComment(comment),
        ModelCard model => WriteModel(model),
        ParamDirective param => WriteParam(param),
        IncludeDirective include => ".include " + Quoted(include.Path, ".include"),
        LibDirective lib => new StatementBuilder(".lib " + Quoted(lib.Path, ".lib"), ".lib").Name(lib.Section, "section").ToString(),
        OptionsDirective options => WriteOptions(options),
        MeasureDirective measure => WriteMeasure(measure),
        _ => throw new ArgumentException($"cannot write item type {item.GetType().Name}: it is not part of the supported subset"),
    };

    /// <summary>The <c>.subckt</c> header line.</summary>
    public static string SubcircuitHeader(SubcircuitDefinition subcircuit)
    {
        var statement = $".subckt '{subcircuit.Name}'";
        var line = new StatementBuilder(".subckt", statement).Name(subcircuit.Name, "name").Names(subcircuit.Ports, "port");
        if (subcircuit.Parameters.Count > 0)
        {
            line.Raw("params:").Parameters(subcircuit.Parameters);
        }

        return line.ToString();
    }

    /// <summary>The <c>.ends</c> line.</summary>
    public static string SubcircuitEnd(SubcircuitDefinition subcircuit) => ".ends " + subcircuit.Name;

    private static string WriteComment(Comment comment)
    {
        WritableText.CheckLine(comment.Text, "text", "a comment", isComment: true);
        return comment.Text.Length == 0 ? "*" : "* " + comment.Text;
    }

    private static string WriteModel(ModelCard model)
    {
        var line = new StatementBuilder(".model", $".model '{model.Name}'").Name(model.Name, "name").Name(model.Type, "type");
        if (model.Parameters.Count > 0)
        {
            line.Raw("(").Append(string.Join(' ', model.Parameters.Select(p => Checked(p, model.Name)))).Append(")");
        }

        return line.ToString();
    }

    private static string Checked(SpiceParameter parameter, string model)
    {
        WritableText.CheckName(parameter.Name, "parameter name", $".model '{model}'");
        return parameter.ToString();
    }

    private static string WriteParam(ParamDirective param)
    {
        if (param.Parameters.Count == 0)
        {
            throw new ArgumentException("cannot write .param without parameters");
        }

        return new StatementBuilder(".param", ".param").Parameters(param.Parameters).ToString();
    }

    private static string WriteOptions(OptionsDirective options)
    {
        if (options.Options.Count == 0)
        {
            throw new ArgumentException("cannot write .options without options");
        }

        var line = new StatementBuilder(".options", ".options");
        foreach (var option in options.Options)
        {
            line.Name(option.Name, "option name");
            if (option.Value is { } value)
            {
                line.Append("=").Append(OptionValue(value));
            }
        }

        return line.ToString();
    }

    private static string OptionValue(SpiceValue value) =>
        value.ExpressionText is { } word && IsPlainWord(word) ? word : value.ToString();

    private static bool IsPlainWord(string text) =>
        char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string WriteMeasure(MeasureDirective measure)
    {
        var statement = $".meas '{measure.Name}'";
        WritableText.CheckLine(measure.Specification, "specification", statement);
        return new StatementBuilder(".meas", statement)
            .Name(measure.Analysis, "analysis").Name(measure.Name, "name").Raw(measure.Specification).ToString();
    }

    private static string Quoted(string path, string directive)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path.AsSpan().IndexOfAny('"', '\n', '\r') >= 0)
        {
            throw new ArgumentException($"cannot write {directive}: the path '{path}' is empty or holds a quote or line break");
        }

        return "\"" + path + "\"";
    }
}
