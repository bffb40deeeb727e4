using System.Globalization;
using CrossbarSpice.Core.Formatting;
using CsvHelper;
using CsvHelper.Configuration;

namespace CrossbarSpice.Analysis.Tables;

/// <summary>The one CSV dialect of CrossbarSpice: comma-separated, invariant culture, LF line endings.</summary>
public static class CsvTable
{
    /// <summary>CsvHelper settings used by every CSV file the project writes or reads.</summary>
    public static CsvConfiguration Configuration => CsvDialect.Table;

    /// <summary>Opens a CSV writer on <paramref name="writer"/> with the project's dialect.</summary>
    public static CsvWriter CreateWriter(TextWriter writer) => new(writer, Configuration, leaveOpen: true);

    /// <summary>The CSV text of a table: <paramref name="header"/>, then one record per row of text fields.</summary>
    public static string Text(IReadOnlyList<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = CreateWriter(text))
        {
            WriteRecord(writer, header);
            foreach (var row in rows)
            {
                WriteRecord(writer, row);
            }
        }

        return text.ToString();
    }

    /// <summary>Writes one record of text fields (a header, or a row) and ends it.</summary>
    public static void WriteRecord(CsvWriter writer, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            writer.WriteField(field);
        }

        writer.NextRecord();
    }
}
