using System.Globalization;
using System.Text;

namespace CrossbarSpice.Analysis.Report;

/// <summary>
/// One self-contained HTML page built section by section: headings, paragraphs, tables, inline SVG figures and
/// key/value lists, with its CSS inline and no reference to any other file or to the network. Deterministic: the same
/// calls give the same bytes (UTF-8, LF line ends, no timestamps).
/// </summary>
public sealed class HtmlPage
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; padding: 0 1.5em; max-width: 1200px; color: #222; line-height: 1.4; }
        h1 { font-size: 1.6em; border-bottom: 2px solid #4682b4; padding-bottom: 0.2em; }
        h2 { font-size: 1.25em; margin-top: 2em; color: #2b4f73; }
        h3 { font-size: 1.05em; margin-top: 1.4em; }
        table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; display: block; max-width: 100%; overflow-x: auto; }
        caption { text-align: left; font-style: italic; padding-bottom: 0.3em; }
        th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; }
        th { background: #e8eef5; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1em 0; }
        figure svg { max-width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { font-size: 0.9em; color: #555; }
        p.note { color: #8a4b00; background: #fff4e0; padding: 0.4em 0.8em; border-left: 4px solid #e08a00; }
        dl.pairs { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; font-size: 0.9em; }
        dl.pairs dt { font-weight: bold; }
        dl.pairs dd { margin: 0; font-family: monospace; word-break: break-all; }
        """;

    private readonly string title;
    private readonly StringBuilder body = new();
    private int figures;

    /// <summary>Starts a page titled <paramref name="title"/> (also its first heading).</summary>
    public HtmlPage(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        this.title = title;
    }

    /// <summary>Adds a section heading (level 2) with the element id <paramref name="id"/>.</summary>
    public HtmlPage Section(string heading, string id)
    {
        body.Append(CultureInfo.InvariantCulture, $"<h2 id=\"{HtmlText.Escape(id)}\">{HtmlText.Escape(heading)}</h2>\n");
        return this;
    }

    /// <summary>Adds a sub-heading (level 3).</summary>
    public HtmlPage SubHeading(string heading)
    {
        body.Append(CultureInfo.InvariantCulture, $"<h3>{HtmlText.Escape(heading)}</h3>\n");
        return this;
    }

    /// <summary>Adds a paragraph of text.</summary>
    public HtmlPage Paragraph(string text)
    {
        body.Append(CultureInfo.InvariantCulture, $"<p>{HtmlText.Escape(text)}</p>\n");
        return this;
    }

    /// <summary>Adds a highlighted paragraph (a warning the reader should not miss).</summary>
    public HtmlPage Note(string text)
    {
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{HtmlText.Escape(text)}</p>\n");
        return this;
    }

    /// <summary>Adds <paramref name="table"/>.</summary>
    public HtmlPage Table(HtmlTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        body.Append(CultureInfo.InvariantCulture, $"<table class=\"{HtmlText.Escape(table.CssClass)}\">\n");
        if (table.Caption.Length > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<caption>{HtmlText.Escape(table.Caption)}</caption>\n");
        }

        body.Append("<thead><tr>");
        foreach (var heading in table.Header)
        {
            body.Append(CultureInfo.InvariantCulture, $"<th>{HtmlText.Escape(heading)}</th>");
        }

        body.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            body.Append("<tr>");
            foreach (var cell in row)
            {
                var style = cell.Shade is { } shade
                    ? string.Create(CultureInfo.InvariantCulture, $" style=\"background: rgba(70, 130, 180, {Math.Clamp(shade, 0, 1):0.###})\"")
                    : string.Empty;
                var kind = cell.Header ? "th" : "td";
                var css = cell.Numeric && !cell.Header ? " class=\"number\"" : string.Empty;
                body.Append(CultureInfo.InvariantCulture, $"<{kind}{css}{style}>{HtmlText.Escape(cell.Text)}</{kind}>");
            }

            body.Append("</tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
        return this;
    }

    /// <summary>Adds the SVG document <paramref name="svg"/> inline as a figure with a caption.</summary>
    /// <exception cref="ArgumentException">The text is not an SVG document.</exception>
    public HtmlPage Figure(string svg, string caption)
    {
        figures++;
        var inline = InlineSvg.Of(svg, string.Create(CultureInfo.InvariantCulture, $"f{figures}-"));
        body.Append(CultureInfo.InvariantCulture, $"<figure>\n{inline}\n<figcaption>{HtmlText.Escape(caption)}</figcaption>\n</figure>\n");
        return this;
    }

    /// <summary>Adds a list of key/value pairs (e.g. a provenance record).</summary>
    public HtmlPage Pairs(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        body.Append("<dl class=\"pairs\">\n");
        foreach (var (key, value) in pairs)
        {
            body.Append(CultureInfo.InvariantCulture, $"<dt>{HtmlText.Escape(key)}</dt><dd>{HtmlText.Escape(value)}</dd>\n");
        }

        body.Append("</dl>\n");
        return this;
    }

    /// <summary>Adds a paragraph: <paramref name="before"/>, a link to the relative path <paramref name="href"/> (also its
    /// text), then <paramref name="after"/>.</summary>
    public HtmlPage LinkParagraph(string before, string href, string after)
    {
        body.Append(CultureInfo.InvariantCulture, $"<p>{HtmlText.Escape(before)}<a href=\"{HtmlText.Escape(href)}\">{HtmlText.Escape(href)}</a>{HtmlText.Escape(after)}</p>\n");
        return this;
    }

    /// <summary>The page's text.</summary>
    public string Render()
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append(CultureInfo.InvariantCulture, $"<title>{HtmlText.Escape(title)}</title>\n<style>\n{Style.ReplaceLineEndings("\n")}\n</style>\n</head>\n<body>\n");
        page.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlText.Escape(title)}</h1>\n");
        page.Append(body);
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }
}
