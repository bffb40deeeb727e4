using System.Globalization;
using CsvHelper.Configuration;

namespace CrossbarSpice.Core.Formatting;

/// <summary>The one CSV dialect CrossbarSpice writes: comma-separated, invariant culture, LF line endings.</summary>
public static class CsvDialect
{
    /// <summary>Tables with a header row.</summary>
    public static CsvConfiguration Table { get; } = new(CultureInfo.InvariantCulture) { NewLine = "\n", HasHeaderRecord = true };

    /// <summary>Bare matrices: no header row.</summary>
    public static CsvConfiguration Headerless { get; } = new(CultureInfo.InvariantCulture) { NewLine = "\n", HasHeaderRecord = false };
}
