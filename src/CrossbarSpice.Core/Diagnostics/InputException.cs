using System.Globalization;
using System.Text;

namespace CrossbarSpice.Core.Diagnostics;

/// <summary>
/// Bad user input: a file, line, column, field or token that is not what was expected.
/// The CLI maps it to exit code 1 and prints <see cref="Exception.Message"/>, which names the location.
/// </summary>
public class InputException : CrossbarSpiceException
{
    /// <summary>Creates an input error at a location; the message is prefixed with that location.</summary>
    /// <param name="location">Where the problem is (file, line, column, field).</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    public InputException(SourceLocation location, string problem)
        : base(Compose(location, problem))
    {
        Location = location;
        Problem = problem;
    }

    /// <summary>Creates an input error at a location with the underlying cause.</summary>
    public InputException(SourceLocation location, string problem, Exception? innerException)
        : base(Compose(location, problem), innerException)
    {
        Location = location;
        Problem = problem;
    }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Problem { get; }

    private static string Compose(SourceLocation location, string problem)
    {
        var text = location.ToString();
        return text.Length == 0 ? problem : text + ": " + problem;
    }
}

/// <summary>A position in a user's input: any part may be missing.</summary>
/// <param name="File">File path as the user gave it, or a description such as "(netlist text)".</param>
/// <param name="Line">1-based line number, or null.</param>
/// <param name="Column">1-based column number, or null.</param>
/// <param name="Field">Field or token name (e.g. a JSON path or a SPICE token), or null.</param>
public readonly record struct SourceLocation(string? File, int? Line = null, int? Column = null, string? Field = null)
{
    /// <summary>Formats as <c>file:line:column: field 'x'</c>, leaving out the missing parts.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(File))
        {
            text.Append(File);
        }

        if (Line is { } line)
        {
            text.Append(text.Length == 0 ? "line " : ":").Append(line.ToString(CultureInfo.InvariantCulture));
            if (Column is { } column)
            {
                text.Append(':').Append(column.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (!string.IsNullOrEmpty(Field))
        {
            text.Append(text.Length == 0 ? "field '" : ": field '").Append(Field).Append('\'');
        }

        return text.ToString();
    }
}
