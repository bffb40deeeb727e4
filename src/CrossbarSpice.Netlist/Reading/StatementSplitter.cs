using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>
/// Splits deck text into its title and statements: joins <c>+</c> continuation lines, keeps <c>*</c> lines as
/// comments, drops blank lines and inline comments (<c>;</c> anywhere, <c>$</c> between white space), and stops
/// after <c>.end</c>.
/// </summary>
internal static class StatementSplitter
{
    public static (string Title, List<LogicalStatement> Statements) Split(string text, string file)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var title = lines[0].TrimEnd('\r');
        var statements = new List<LogicalStatement>();
        LogicalStatement? current = null;
        for (var index = 1; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var line = lines[index].TrimEnd('\r');
            var start = SkipWhiteSpace(line, 0);
            if (start == line.Length)
            {
                continue;
            }

            if (line[start] == '*')
            {
                var comment = line[(start + 1)..];
                statements.Add(LogicalStatement.Comment(comment.StartsWith(' ') ? comment[1..] : comment, lineNumber));
                continue;
            }

            var isContinuation = line[start] == '+';
            var contentStart = SkipWhiteSpace(line, isContinuation ? start + 1 : start);
            var content = StripInlineComment(line, contentStart);
            if (isContinuation)
            {
                if (current is null)
                {
                    throw new NetlistParseException(
                        new SourceLocation(file, lineNumber, start + 1), "+", "a '+' continuation line has no statement to continue");
                }

                current.Append(content, lineNumber, contentStart + 1);
                continue;
            }

            if (content.Length == 0)
            {
                continue;
            }

            current = LogicalStatement.Start(content, lineNumber, contentStart + 1);
            statements.Add(current);
            if (IsEnd(content))
            {
                break;
            }
        }

        return (title, statements);
    }

    private static int SkipWhiteSpace(string line, int position)
    {
        while (position < line.Length && char.IsWhiteSpace(line[position]))
        {
            position++;
        }

        return position;
    }

    private static string StripInlineComment(string line, int start)
    {
        var end = line.Length;
        var inQuotes = false;
        for (var i = start; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c == ';' || (c == '$' && IsBlank(line, i - 1) && IsBlank(line, i + 1))))
            {
                end = i;
                break;
            }
        }

        return line[start..end].TrimEnd();
    }

    private static bool IsBlank(string line, int index) =>
        index < 0 || index >= line.Length || char.IsWhiteSpace(line[index]);

    private static bool IsEnd(string content)
    {
        var firstToken = content.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
        return firstToken.Equals(".end", StringComparison.OrdinalIgnoreCase);
    }
}
