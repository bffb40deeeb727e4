using CrossbarSpice.Core.Diagnostics;
using CsvHelper;

namespace CrossbarSpice.Core.Formatting;

/// <summary>
/// Reads CSV records with CsvHelper in the project's dialect (<see cref="CsvDialect"/>): quoted fields, commas inside
/// quotes and CR LF line ends are handled as CSV defines them; blank lines are skipped. The readers of the project's
/// own tables use this instead of splitting lines on commas, and keep their own checks and messages per field.
/// </summary>
public static class CsvRows
{
    /// <summary>The dialect for reading: as <see cref="CsvDialect.Table"/>, but any line end (LF, CR LF, CR) ends a
    /// record, as File.ReadAllLines read the files before, so a table saved on Windows still reads.</summary>
    private static readonly CsvHelper.Configuration.CsvConfiguration Reading = new(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every record of the file <paramref name="path"/>, the header row included.</summary>
    /// <exception cref="InputException">The file cannot be read or is not well-formed CSV (names the file and line).</exception>
    public static IReadOnlyList<CsvRow> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new SourceLocation(path), $"cannot read: {exception.Message}", exception);
        }

        return Parse(text, path);
    }

    /// <summary>Every record of the CSV text <paramref name="text"/>, the header row included.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file the text came from, named in errors; null for none.</param>
    /// <exception cref="InputException">Not well-formed CSV (an unterminated quote, a quote inside an unquoted field).</exception>
    public static IReadOnlyList<CsvRow> Parse(string text, string? source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<CsvRow>();
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, Reading);
        try
        {
            while (parser.Read())
            {
                rows.Add(new CsvRow(parser.RawRow, parser.Record ?? [], parser.RawRecord.TrimEnd('\r', '\n')));
            }
        }
        catch (CsvHelperException exception)
        {
            throw new InputException(new SourceLocation(source, exception.Context?.Parser?.RawRow), $"malformed CSV: {exception.Message.Split('\n')[0]}", exception);
        }

        return rows;
    }
}
