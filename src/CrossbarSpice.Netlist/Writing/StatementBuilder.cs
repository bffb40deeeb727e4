using System.Text;
using CrossbarSpice.Core.Formatting;
using CrossbarSpice.Netlist.Values;

namespace CrossbarSpice.Netlist.Writing;

/// <summary>Builds one SPICE line from space-separated parts, checking that every name can be read back.</summary>
internal sealed class StatementBuilder
{
    private readonly StringBuilder text = new();
    private readonly string statement;

    /// <param name="first">First token (element name or directive keyword), written as given.</param>
    /// <param name="statement">Description used in error messages, e.g. "resistor R1".</param>
    public StatementBuilder(string first, string statement)
    {
        this.statement = statement;
        text.Append(first);
    }

    /// <summary>Appends a node, model or parameter name after checking it is one SPICE token.</summary>
    public StatementBuilder Name(string name, string what)
    {
        WritableText.CheckName(name, what, statement);
        text.Append(' ').Append(name);
        return this;
    }

    /// <summary>Appends several names.</summary>
    public StatementBuilder Names(IEnumerable<string> names, string what)
    {
        foreach (var name in names)
        {
            Name(name, what);
        }

        return this;
    }

    /// <summary>Appends a number or <c>{expression}</c>.</summary>
    public StatementBuilder Value(SpiceValue value)
    {
        text.Append(' ').Append(value.ToString());
        return this;
    }

    /// <summary>Appends a plain number.</summary>
    public StatementBuilder Number(double value)
    {
        text.Append(' ').Append(InvariantNumber.Format(value));
        return this;
    }

    /// <summary>Appends <c>name=value</c> pairs.</summary>
    public StatementBuilder Parameters(IEnumerable<SpiceParameter> parameters)
    {
        foreach (var parameter in parameters)
        {
            WritableText.CheckName(parameter.Name, "parameter name", statement);
            text.Append(' ').Append(parameter.Name).Append('=').Append(parameter.Value.ToString());
        }

        return this;
    }

    /// <summary>Appends a fixed keyword or checked text verbatim, preceded by a space.</summary>
    public StatementBuilder Raw(string raw)
    {
        text.Append(' ').Append(raw);
        return this;
    }

    /// <summary>Appends text with no separating space.</summary>
    public StatementBuilder Append(string raw)
    {
        text.Append(raw);
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => text.ToString();
}
