using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Formatting;

namespace CrossbarSpice.Core.Tests.Formatting;

/// <summary>CSV records read with CsvHelper: fields, line numbers and errors.</summary>
public sealed class CsvRowsTests
{
    [Fact]
    public void Parse_QuotedCommaAndBlankLine_KeepsTheFieldAndCountsTheLine()
    {
        var rows = CsvRows.Parse("a,b\n\n\"x, y\",2\r\n3,4\n", "t.csv");

        Assert.Equal(3, rows.Count);
        Assert.Equal(["x, y", "2"], rows[1].Fields);
        Assert.Equal(3, rows[1].Line);
        Assert.Equal("\"x, y\",2", rows[1].Raw);
        Assert.Equal(4, rows[2].Line);
    }

    [Fact]
    public void Parse_UnterminatedQuote_ThrowsNamingTheFileAndLine()
    {
        var error = Assert.Throws<InputException>(() => CsvRows.Parse("a,b\n1,2\n3,\"4\n", "t.csv"));

        Assert.Equal("t.csv", error.Location.File);
        Assert.NotNull(error.Location.Line);
        Assert.Contains("malformed CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Missing_ThrowsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crossbarspice-missing-{Guid.NewGuid():N}.csv");

        var error = Assert.Throws<InputException>(() => CsvRows.ReadFile(path));

        Assert.Equal(path, error.Location.File);
    }
}
