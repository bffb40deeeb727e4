using System.Text;

namespace CrossbarSpice.Netlist.Reading;

/// <summary>
/// One statement after joining <c>+</c> continuation lines and dropping inline comments, or one
/// whole-line <c>*</c> comment. Maps offsets in the joined text back to file lines and columns.
/// </summary>
internal sealed class LogicalStatement
{
    private readonly StringBuilder text = new();
    private readonly List<StatementSegment> segments = [];

    private LogicalStatement(bool isComment) => IsComment = isComment;

    /// <summary>True for a <c>*</c> comment line; <see cref="Text"/> is then the comment text.</summary>
    public bool IsComment { get; }

    /// <summary>The joined statement text (segments separated by one space) or the comment text.</summary>
    public string Text => text.ToString();

    /// <summary>1-based line of the statement's first line.</summary>
    public int FirstLine => segments[0].Line;

    public static LogicalStatement Comment(string commentText, int line)
    {
        var statement = new LogicalStatement(isComment: true);
        statement.Append(commentText, line, 1);
        return statement;
    }

    public static LogicalStatement Start(string segmentText, int line, int column)
    {
        var statement = new LogicalStatement(isComment: false);
        statement.Append(segmentText, line, column);
        return statement;
    }

    /// <summary>Adds a continuation line's text.</summary>
    public void Append(string segmentText, int line, int column)
    {
        if (segments.Count > 0)
        {
            text.Append(' ');
        }

        segments.Add(new StatementSegment(text.Length, line, column, segmentText.Length));
        text.Append(segmentText);
    }

    /// <summary>File line and column of an offset in <see cref="Text"/>.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var segment = segments[0];
        foreach (var candidate in segments)
        {
            if (candidate.Start <= offset)
            {
                segment = candidate;
            }
        }

        return (segment.Line, segment.Column + Math.Min(offset - segment.Start, segment.Length));
    }

    /// <summary>File line and column just after the statement's last character.</summary>
    public (int Line, int Column) EndPosition
    {
        get
        {
            var last = segments[^1];
            return (last.Line, last.Column + last.Length);
        }
    }
}
