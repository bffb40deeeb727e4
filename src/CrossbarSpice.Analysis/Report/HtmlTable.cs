namespace CrossbarSpice.Analysis.Report;

/// <summary>A table of an <see cref="HtmlPage"/>: a header row and rows of cells.</summary>
/// <param name="Header">Column headings.</param>
/// <param name="Rows">The rows, each a list of cells.</param>
public sealed record HtmlTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<HtmlCell>> Rows)
{
    /// <summary>Caption above the table, or empty.</summary>
    public string Caption { get; init; } = string.Empty;

    /// <summary>CSS class of the table element (tests and readers find tables by it).</summary>
    public string CssClass { get; init; } = "data";

    /// <summary>
    /// A table from CSV text (header row first, CsvHelper's reading of quotes), numbers right-aligned, each field as
    /// it stands or as <paramref name="cell"/> makes it.
    /// </summary>
    public static HtmlTable FromCsv(string csv, string caption, string cssClass, Func<string, HtmlCell>? cell = null)
    {
        cell ??= HtmlCell.Auto;
        var rows = Core.Formatting.CsvRows.Parse(csv, source: null);
        if (rows.Count == 0)
        {
            return new HtmlTable([], []) { Caption = caption, CssClass = cssClass };
        }

        return new HtmlTable(rows[0].Fields, [.. rows.Skip(1).Select(r => (IReadOnlyList<HtmlCell>)[.. r.Fields.Select(cell)])])
        {
            Caption = caption,
            CssClass = cssClass,
        };
    }
}
