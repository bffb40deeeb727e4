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
}
